/** Numbers in the page's text: thousands separated from 10,000 on ("9999", "12,345"). */
export function count(n: number): string {
  return n >= 10_000 ? n.toLocaleString('en-US') : String(n);
}

export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
