// internet.portal: the connectivity check was answered with a redirect or a login page instead of its documented answer.
import rule from '../../../rules/internet/portal.js'
import {ENDPOINTS, healthyInternet, httpAnswer, online} from '../../support/internet.js'
import {testRule} from '../../support/rule-tester.js'

const android = ENDPOINTS.http[0]!
const networkManager = ENDPOINTS.http[1]!
const page = '<!DOCTYPE html><html><head><title>Guest Wi-Fi</title></head><body><form>…</form></body></html>'

testRule(rule, {
  valid: [
    {name: 'both checks give their documented answers', snapshot: online(healthyInternet())},
    {
      name: 'a check gets no answer at all',
      snapshot: online(healthyInternet({http: [httpAnswer(android.url, 0, {outcome: 'timeout', status: null})]})),
    },
    {
      name: "NetworkManager's text with a trailing newline",
      snapshot: online(healthyInternet({http: [httpAnswer(networkManager.url, 200, {body: 'NetworkManager is online\n'})]})),
    },
  ],
  invalid: [
    {
      name: 'a 302 to the login page',
      snapshot: online(
        healthyInternet({
          http: [httpAnswer(android.url, 302, {location: 'http://192.168.1.1/login?orig=x'}), httpAnswer(networkManager.url, 200)],
        }),
      ),
      reports: [
        {
          title: /log in at http:\/\/192\.168\.1\.1\/login\?orig=x/,
          evidence: [/answered 302 → http:\/\/192\.168\.1\.1\/login/, /not the documented 204/],
          subject: 'http://192.168.1.1/login?orig=x',
        },
      ],
    },
    {
      name: 'a relative Location is made absolute',
      snapshot: online(healthyInternet({http: [httpAnswer(android.url, 307, {location: '/portal'})]})),
      reports: [{title: /log in at http:\/\/connectivitycheck\.gstatic\.com\/portal/}],
    },
    {
      name: "a login page instead of NetworkManager's text",
      snapshot: online(healthyInternet({http: [httpAnswer(networkManager.url, 200, {body: page, contentType: 'text/html'})]})),
      reports: [{title: /log in at http:\/\/nmcheck\.gnome\.org\/check_network_status\.txt/, evidence: [/with a web page \(text\/html/]}],
    },
    {
      name: '511 Network Authentication Required',
      snapshot: online(healthyInternet({http: [httpAnswer(android.url, 511, {body: 'log in first'})]})),
      reports: [{evidence: [/answered 511/]}],
    },
  ],
})
