// Tables for the human view, via cli-table3, without ANSI codes when colour is off.
import Table from 'cli-table3'
import {colorEnabled} from './style.js'

/** TableData is a table before drawing: the header and the rows of plain-string cells (a cell may hold line breaks). */
export interface TableData {
  head: string[]
  rows: string[][]
}

/** renderTable draws rows under a header; cells are plain strings. */
export function renderTable(head: string[], rows: string[][]): string {
  const style = colorEnabled() ? {head: ['cyan'], border: ['grey']} : {head: [], border: []}
  const table = new Table({head, style, wordWrap: false})
  table.push(...rows)
  return table.toString()
}
