// Rule: the desktop is a Wayland session, so the X server's log and xorg.conf do not apply to it.
import {defineRule} from '../../src/engine/rule.js'
import type {Snapshot} from '../../src/snapshot/snapshot.js'

/** waylandSession notes that X hints were not applied, and where a Wayland compositor's own messages are. */
export default defineRule<Snapshot>({
  id: 'display.wayland-session',
  title: 'Wayland session: the X server checks do not apply',
  severity: 'info',
  evaluate(snapshot) {
    const facts = snapshot.displays
    if (!facts || facts.session.type !== 'wayland') return []
    const evidence = [...facts.session.evidence]
    if (facts.xLog) evidence.push(`${facts.xLog.path} is from an X server run, not from this session; its hints are left out`)
    if (facts.xConfigs.length > 0)
      evidence.push(`${facts.xConfigs.map(file => file.path).join(', ')} are read only by an X server, not by the Wayland compositor`)
    return [
      {
        title: 'This is a Wayland session: xorg.conf and the X server log do not apply, so their checks were skipped',
        evidence,
        next: [
          "The compositor's messages are in the journal: `journalctl -b --user` (GNOME: `journalctl -b _COMM=gnome-shell`; KDE: `journalctl -b _COMM=kwin_wayland`).",
          'To use the X checks, log in to an X11 session (the gear or session menu on the login screen) and run netdoc displays again.',
        ],
      },
    ]
  },
})
