// Test runner settings: tests live in test/, mirror src/ and rules/, and run against real parts; the lab runs a staged copy of
// the built netdoc that every user can read (test/support/stage-netdoc.ts).
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/stage-netdoc.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
})
