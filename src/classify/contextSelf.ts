/**
 * "[RequestSendThread controllerId=2] Controller 2 connected to broker-1": a message whose leading bracket context
 * gives the narrator's own identity as "role=ID" (or "roleId=ID", or "Name id=ID" with the role as the name's last
 * word) speaks of that role as itself. Its "Controller 2" is the narrator, not another component.
 *
 * Only the role is taken, not the id: comparing the id with the one in the text would make a decision depend on which
 * digits stand there, which the decision cache (src/pipeline/cached-classifier.ts) relies on it never does. Another
 * unit of the same role in such a message is rare; it is read as the narrator too.
 */

/** The first "key=value" of a bracket opening the body, after the context's name. */
const CONTEXT = /^\[([A-Za-z][\w$.-]*)[ \t]+([A-Za-z]+)=[^\s,\]]+/;
/** The last word of a CamelCase name ("ReplicaManager" -> "Manager"). */
const LAST_WORD = /([A-Z][a-z]+|[a-z]+)$/;

/** The component noun the leading context names the narrator by, lower case, or undefined. */
export function contextRole(body: string, componentNouns: ReadonlySet<string>): string | undefined {
  const m = CONTEXT.exec(body);
  if (m === null) return undefined;
  const name = m[1] ?? '';
  const key = m[2] ?? '';
  const role = /^id$/i.test(key) ? LAST_WORD.exec(name)?.[1] ?? '' : key.length > 2 && key.endsWith('Id') ? key.slice(0, -2) : key;
  const lower = role.toLowerCase();
  return componentNouns.has(lower) ? lower : undefined;
}
