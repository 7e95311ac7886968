// /etc/passwd and /etc/group: a user's ids and the groups it belongs to.
import {describe, expect, it} from 'vitest'
import {findPasswdEntry, groupsOf} from '../../src/parse/passwd.js'

const PASSWD = 'root:x:0:0:root:/root:/bin/bash\nbackuphelper:x:1001:34:Backups:/var/backups:/bin/sh\nbroken:x:abc:1::/:/bin/sh\n'
const GROUP = 'root:x:0:\nbackup:x:34:\nstaff:x:50:alice,backuphelper\nusers:x:100:\n'

describe('findPasswdEntry', () => {
  it('finds a user', () => {
    expect(findPasswdEntry(PASSWD, 'backuphelper')).toEqual({name: 'backuphelper', uid: 1001, gid: 34})
  })

  it.each(['nobody-here', 'broken', ''])('gives null for %j', name => {
    expect(findPasswdEntry(PASSWD, name)).toBeNull()
  })
})

describe('groupsOf', () => {
  it('lists the primary group and the groups naming the user', () => {
    expect(groupsOf(GROUP, 'backuphelper', 34)).toEqual(['backup', 'staff'])
    expect(groupsOf('', 'backuphelper', 34)).toEqual([])
    expect(groupsOf('garbage\n::::\n', 'x', null)).toEqual([])
  })
})
