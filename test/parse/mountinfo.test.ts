// /proc/PID/mountinfo: mount points (with \040 for a space) and their per-mount options, and the mount a path lies on.
import {describe, expect, it} from 'vitest'
import {mountOf, parseMountinfo} from '../../src/parse/mountinfo.js'

/** SAMPLE holds lines as this project's machines print them (a container's overlay root, /proc, a nosuid tmpfs). */
const SAMPLE = `27 1 0:29 / / rw,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w
28 27 0:31 / /proc rw,nosuid,nodev,noexec,relatime - proc proc rw
46 27 0:40 / /tmp/nosuid-try rw,nosuid,relatime - tmpfs tmpfs rw,size=8192k
47 27 0:41 / /media/USB\\040DISK rw,nosuid,nodev,relatime shared:9 - vfat /dev/sdb1 rw
`

describe('parseMountinfo and mountOf', () => {
  const mounts = parseMountinfo(SAMPLE)

  it('reads mount points and options', () => {
    expect(mounts.map(mount => mount.point)).toEqual(['/', '/proc', '/tmp/nosuid-try', '/media/USB DISK'])
    expect(mounts[2]!.options).toEqual(['rw', 'nosuid', 'relatime'])
  })

  it('finds the mount a path lies on', () => {
    expect(mountOf(mounts, '/tmp/nosuid-try/d')?.point).toBe('/tmp/nosuid-try')
    expect(mountOf(mounts, '/tmp/nosuid-tryx')?.point).toBe('/')
    expect(mountOf(mounts, '/media/USB DISK/ping')?.options).toContain('nosuid')
    expect(mountOf([], '/usr/bin/ping')).toBeNull()
  })

  it.each(['', 'garbage\n', '1 2 3\n', 'x x x x relative rw - a b c\n'])('reads no mount from %j', text => {
    expect(parseMountinfo(text)).toEqual([])
  })
})
