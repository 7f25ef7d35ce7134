/**
 * A message template, as Serilog writes one under "@mt" when it does not render the message ("Upstream {Service} is
 * not responding"): each hole takes the text of the line's value of its name, unquoted (as Serilog's `:l` format
 * writes it), whatever its format or alignment; a hole with no value stays as written. "{{" and "}}" are braces.
 */
export const TEMPLATE_HOLE = /\{\{|\}\}|\{[@$]?([^{}:,]+)(?:,[-+]?\d+)?(?::[^{}]*)?\}/g;

export function fillTemplate(template: string, valueOf: (name: string) => string | undefined): string {
  if (template.indexOf('{') < 0 && template.indexOf('}') < 0) return template;
  return template.replace(TEMPLATE_HOLE, (hole, name?: string) => {
    if (name === undefined) return hole[0] as string;
    return valueOf(name) ?? hole;
  });
}
