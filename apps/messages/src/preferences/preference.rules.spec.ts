import { MessageKind } from '../messages/message-kind';
import { disabledKinds } from './preference.rules';

describe('message preferences', () => {
  it('stores the kinds not chosen, whatever order or repeats the choice has', () => {
    expect(disabledKinds([MessageKind.PAYMENTS, MessageKind.HOURS, MessageKind.HOURS])).toEqual([
      MessageKind.COURSE_PLACE,
      MessageKind.CLAIMS,
      MessageKind.CHECKS_DUE,
    ]);
    expect(disabledKinds([])).toEqual([
      MessageKind.HOURS,
      MessageKind.COURSE_PLACE,
      MessageKind.CLAIMS,
      MessageKind.PAYMENTS,
      MessageKind.CHECKS_DUE,
    ]);
  });
});
