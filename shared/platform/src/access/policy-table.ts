import { AccessPolicy } from './access-policy';

/** The role table as Markdown, for the README (a test keeps the README's copy current). */
export function accessPolicyMarkdown(policy: AccessPolicy): string {
  const rows = Object.entries(policy).map(
    ([role, p]) =>
      `| \`${role}\` | ${p.title} | ${p.scope} | ${p.headsDepartment ? 'yes' : ''} | ${p.grants.map((g) => `\`${g}\``).join(' ')} |`,
  );
  return ['| Role | 角色 | Data scope | Heads department | Grants |', '|---|---|---|---|---|', ...rows].join('\n');
}
