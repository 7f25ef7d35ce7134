/** Text into HTML and SVG: the five special characters as entities, control characters already replaced upstream. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number for an SVG attribute: at most one decimal, so the markup stays small and stable. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
