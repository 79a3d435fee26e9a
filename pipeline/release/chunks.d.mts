/** Read in steps of this many bytes: memory stays flat whatever the file sizes. */
export declare const CHUNK: number
/** Calls `each` with a file's bytes in CHUNK-sized pieces (fresh buffers), the last one marked final; an empty file gives one empty final chunk. */
export declare function forEachChunk(file: string, each: (chunk: Buffer, final: boolean) => void): void
