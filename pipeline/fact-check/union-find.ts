/** Disjoint sets over 0..n-1 (path halving, union by size): the groups grow as matches are found. */
export class UnionFind {
  private readonly parent: Int32Array
  private readonly size: Int32Array

  constructor(n: number) {
    this.parent = new Int32Array(n)
    this.size = new Int32Array(n).fill(1)
    for (let i = 0; i < n; i++) this.parent[i] = i
  }

  find(i: number): number {
    let x = i
    while (this.parent[x] !== x) {
      const grand = this.parent[this.parent[x]!]!
      this.parent[x] = grand
      x = grand
    }
    return x
  }

  union(a: number, b: number): void {
    let ra = this.find(a)
    let rb = this.find(b)
    if (ra === rb) return
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra]
    this.parent[rb] = ra
    this.size[ra] = this.size[ra]! + this.size[rb]!
  }
}
