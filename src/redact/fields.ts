// Which snapshot fields hold a host name or a Wi-Fi name as their whole value; extend these lists when a section adds such a field.

/** NAME_FIELDS are fields whose value (or each item of it) is a host or domain name; `a.b` is key b anywhere inside key a (array positions skipped). */
export const NAME_FIELDS = [
  'hostname',
  'hostName',
  'host',
  'fqdn',
  'domain',
  'domains',
  'domainName',
  'search',
  'searchDomains',
  'target.input',
  'resolution.name',
  'resolution.names',
  'answers.name',
  'answer.name',
  'mail.input',
  'resolved.name',
  'forward.name',
  'ptr.names',
  'helo.name',
  'hops.from',
  'hops.by',
]

/** SSID_FIELDS are fields whose value is a Wi-Fi network name. */
export const SSID_FIELDS = ['ssid', 'ssids', 'essid']

/** fieldMatches tells whether the keys leading to a value (outermost first) end with a field of the lists above. */
export function fieldMatches(path: string[], field: string): boolean {
  const wanted = field.split('.')
  const last = wanted[wanted.length - 1]
  if (path[path.length - 1] !== last) return false
  let at = path.length - 2
  for (const key of wanted.slice(0, -1).reverse()) {
    while (at >= 0 && path[at] !== key) at--
    if (at < 0) return false
    at--
  }
  return true
}
