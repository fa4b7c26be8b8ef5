// Who is asked to review a postmortem: the commander, else the people who acknowledged, mitigated and
// resolved; then the configured reviewers; once each, whatever the case, and never Firebreak itself.
import { describe, expect, it } from 'vitest';
import { postmortemReviewers } from '../../src/domain/incident/postmortem-step.js';
import { filed, incident } from './incident.js';

describe('postmortemReviewers', () => {
  it('asks the commander and the configured reviewers', () => {
    const state = incident(7, [
      filed('10:00'),
      { at: '10:05', by: 'bob', type: 'acknowledged' },
      { at: '11:00', by: 'carol', type: 'resolved', summary: null },
    ]);
    expect(postmortemReviewers(state, ['acme/sre', '@Alice', 'dave'])).toEqual(['alice', 'acme/sre', 'dave']);
  });

  it('without a commander, asks who acknowledged, mitigated and resolved, in that order, each once', () => {
    const state = incident(8, [
      filed('10:00', { commander: null }),
      { at: '10:05', by: 'bob', type: 'acknowledged' },
      { at: '10:20', by: 'dave', type: 'status', from: 'investigating', to: 'identified', note: null },
      { at: '10:30', by: 'Dave', type: 'status', from: 'identified', to: 'mitigating', note: null },
      { at: '11:00', by: 'firebreak', type: 'resolved', summary: null },
      { at: '11:30', by: 'firebreak', type: 'reopened' },
      { at: '12:00', by: 'bob', type: 'resolved', summary: null },
    ]);
    expect(state.commander).toBeNull();
    expect(postmortemReviewers(state, ['erin', 'BOB'])).toEqual(['bob', 'Dave', 'erin']);
  });
});
