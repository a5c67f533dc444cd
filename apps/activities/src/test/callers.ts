import { demoId } from '@buurtvolk/domain';
import { testIdentities } from '@buurtvolk/testing';

/** Callers and ids from the shared demo roster, which the activities tests seed. */
export const FEIJENOORD = demoId('team:feijenoord');
export const CHARLOIS = demoId('team:charlois');
export const FEIJENOORD_NEIGHBOURHOOD = demoId('neighbourhood:feijenoord');
export const volunteerOf = (place: string, index: number) => demoId(`volunteer:${place}-${String(index).padStart(2, '0')}`);

export const callers = {
  admin: testIdentities.admin(),
  coordinatorFeijenoord: testIdentities.coordinator(FEIJENOORD, volunteerOf('feijenoord', 1)),
  coordinatorCharlois: testIdentities.coordinator(CHARLOIS, volunteerOf('charlois', 1)),
  volunteerFeijenoord: (index: number) => testIdentities.volunteer(volunteerOf('feijenoord', index), FEIJENOORD),
  partnerRotterdam: testIdentities.partner(demoId('partner:gemeente-rotterdam')),
  partnerLeiden: testIdentities.partner(demoId('partner:gemeente-leiden')),
};
