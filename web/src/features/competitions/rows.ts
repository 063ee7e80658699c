// The rows of a form kept in order (a competition's rounds, its prize tiers best first, its judges): add one at the end,
// remove one, move one up or down. The array is changed in place, so a reactive form model follows.

export function addRow<T>(rows: T[], make: () => T): void {
  rows.push(make())
}

export function removeRow<T>(rows: T[], index: number): void {
  if (index >= 0 && index < rows.length) rows.splice(index, 1)
}

/** Moves a row one place up (-1) or down (+1); at either end it stays where it is. */
export function moveRow<T>(rows: T[], index: number, step: -1 | 1): void {
  const target = index + step
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return
  const [row] = rows.splice(index, 1)
  rows.splice(target, 0, row)
}
