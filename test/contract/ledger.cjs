'use strict';
/**
 * What the runner and the hooks share inside one process: the run's context (set by
 * run-dredd.ts before Dredd starts) and one record per transaction (written by hooks.cjs).
 * Dredd loads hook files with a fresh `require`, but this module stays cached, so both sides
 * see the same object. Typed by ledger.d.cts.
 */
let current = { context: undefined, hooksLoaded: false, records: [], notes: [] };

/** Starts a new run for one service; returns nothing, forgets the previous run's records. */
function begin(context) {
  current = { context, hooksLoaded: false, records: [], notes: [] };
}

function context() {
  if (!current.context)
    throw new Error('contract hooks: no context; run them through test/contract/run-dredd.ts');
  return current.context;
}

function markHooksLoaded() {
  current.hooksLoaded = true;
}

/** The record of a transaction by name, created on first use. */
function recordOf(name) {
  let record = current.records.find((candidate) => candidate.name === name);
  if (!record) {
    record = { name, operationId: '', status: 0, request: '', outcome: 'pending', reasons: [] };
    current.records.push(record);
  }
  return record;
}

/** A failure found outside any transaction (a documented status that Dredd made no transaction for). */
function note(message) {
  current.notes.push(message);
}

function snapshot() {
  return { hooksLoaded: current.hooksLoaded, records: current.records.slice(), notes: current.notes.slice() };
}

module.exports = { begin, context, markHooksLoaded, recordOf, note, snapshot };
