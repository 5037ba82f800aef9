/** One schema issue as zod reports it (the parts the words need). */
export interface SchemaIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
}

/** 'floorLoadKgPerM2' → 'floor load kg per m2': a field name readable when no label was given. */
function fieldWords(path: readonly PropertyKey[]): string {
  const words = path
    .map(String)
    .join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'The value';
}

/**
 * A refused value in the engineer's words, with the field's label: "Name has at most 120 characters",
 * "Name must not be empty", never a schema path and zod's wording.
 */
export function issueInWords(issue: SchemaIssue, label?: string): string {
  const name = label ?? fieldWords(issue.path);
  const own = !/^(Too (big|small)|Invalid)/.test(issue.message);
  // A message that already names its field (the economics inputs' do, with their unit) is taken as it is.
  if (own) return issue.message.startsWith(name) ? issue.message : `${name} ${issue.message}`;
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.origin === 'string') {
    if (issue.code === 'too_big') return `${name} has at most ${limit} characters`;
    if (issue.code === 'too_small') return limit <= 1 ? `${name} must not be empty` : `${name} has at least ${limit} characters`;
  }
  if (issue.origin === 'number') {
    if (issue.code === 'too_big') return `${name} must be at most ${limit}${issue.inclusive === false ? ' (exclusive)' : ''}`;
    if (issue.code === 'too_small') return `${name} must be ${issue.inclusive === false ? 'more than' : 'at least'} ${limit}`;
  }
  return `${name} is not a valid value`;
}
