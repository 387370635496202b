/** True when the caller holds at least one of the roles a rule allows (role lists come from the policy). */
export function holdsAny(callerRoles: readonly string[], allowed: readonly string[]): boolean {
  return callerRoles.some((role) => allowed.includes(role));
}
