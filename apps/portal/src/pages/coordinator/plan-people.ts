/** A member as their coordinator knows them: the full name when it may be read, else the name team mates see. */
export function personName(person: { displayName: string; givenName?: string | null; familyName?: string | null }): string {
  const full = [person.givenName, person.familyName].filter(Boolean).join(' ');
  return full || person.displayName;
}
