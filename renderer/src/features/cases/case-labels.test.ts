import { describe, expect, it } from 'vitest';
import { nonComplianceReasonCodes, returnReasonCodes, returnRejectionReasonCodes } from '../../../../shared/mirakl/returns.schema';
import { nonComplianceLabels, rejectionReasonLabels, returnReasonLabels } from './case-labels';

describe('case labels', () => {
  it('names every return, refusal and non-compliance reason Mirakl documents, and no other', () => {
    expect(Object.keys(returnReasonLabels).sort()).toEqual([...returnReasonCodes].sort());
    expect(Object.keys(rejectionReasonLabels).sort()).toEqual([...returnRejectionReasonCodes].sort());
    expect(Object.keys(nonComplianceLabels).sort()).toEqual([...nonComplianceReasonCodes].sort());
  });
});
