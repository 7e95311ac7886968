// Parses /etc/passwd and /etc/group lines: a user's ids, and the groups that list the user or are its primary group.

/** PasswdEntry is one user of /etc/passwd: name, user id and primary group id. */
export interface PasswdEntry {
  name: string
  uid: number
  gid: number
}

/** findPasswdEntry finds a user's line in /etc/passwd text (name:password:uid:gid:…), or null. */
export function findPasswdEntry(text: string, name: string): PasswdEntry | null {
  for (const line of text.split('\n')) {
    const fields = line.split(':')
    if (fields[0] !== name || fields.length < 4 || !/^\d+$/.test(fields[2]!) || !/^\d+$/.test(fields[3]!)) continue
    return {name, uid: Number(fields[2]), gid: Number(fields[3])}
  }
  return null
}

/** groupsOf lists the names of the groups in /etc/group text (name:password:gid:members) that are the user's primary group or list
 * it as a member, as getgrouplist finds them from files. */
export function groupsOf(text: string, user: string, primaryGid: number | null): string[] {
  const names: string[] = []
  for (const line of text.split('\n')) {
    const fields = line.split(':')
    if (fields.length < 4 || fields[0] === '') continue
    const members = fields[3]!.split(',').map(member => member.trim())
    if ((primaryGid !== null && fields[2] === String(primaryGid)) || members.includes(user)) names.push(fields[0]!)
  }
  return [...new Set(names)]
}
