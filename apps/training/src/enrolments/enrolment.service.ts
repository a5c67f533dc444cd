import { todayInAmsterdam } from '@buurtvolk/domain';
import { recordEvent } from '@buurtvolk/events';
import { assertSecondPerson, type AuditTrail, badUserInput, conflict, forbidden, notFound } from '@buurtvolk/subgraph-kit';
import type { TeamDirectory, TeamPlace } from '@buurtvolk/team-directory';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { Course, CourseRun, Session } from '../courses/course.entity';
import type { TrainingPolicy } from '../policy';
import { Certificate, Enrolment, EnrolmentStatus } from './enrolment.entity';

export const SOURCE = 'training';

/**
 * Enrolment with a waiting list. Every change takes a row lock on the run first, so concurrent enrolments and
 * cancellations queue up: the places never exceed capacity and the waiting list moves up strictly in order.
 */
export class EnrolmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: TrainingPolicy,
    private readonly directory: TeamDirectory,
    private readonly audit: AuditTrail,
  ) {}

  async enrol(runId: string, volunteerId = this.policy.identity?.volunteerId): Promise<Enrolment> {
    if (!volunteerId)
      throw badUserInput('Say who enrols', [{ field: 'volunteerId', message: 'is required when your token names no volunteer' }]);
    await this.policy.assertCanManagePerson(volunteerId);
    return this.dataSource.transaction(async (manager) => {
      const run = await lockRun(manager, runId);
      if (run.status !== 'OPEN') throw badUserInput('This course run is cancelled', [{ field: 'runId', message: 'is cancelled' }]);
      const [first] = await manager.getRepository(Session).find({ where: { runId }, order: { startsAt: 'ASC' }, take: 1 });
      if (!first || first.startsAt.getTime() < Date.now())
        throw badUserInput('This course run has already started', [{ field: 'runId', message: 'has started or is in the past' }]);
      // Through the transaction's own connection: a second pooled connection while the run is locked could wait for
      // a pool drained by the enrolments queued behind this lock.
      if (run.teamId && !(await this.directory.wasMember(manager, volunteerId, run.teamId, todayInAmsterdam()))) {
        throw badUserInput('This run is only for one team', [{ field: 'runId', message: 'is for another team' }]);
      }
      const active = await manager.findOne(Enrolment, {
        where: [
          { runId, volunteerId, status: EnrolmentStatus.ENROLLED },
          { runId, volunteerId, status: EnrolmentStatus.WAITING },
        ],
      });
      if (active)
        throw conflict(
          active.status === EnrolmentStatus.ENROLLED ? 'Already enrolled in this run' : 'Already on the waiting list of this run',
        );
      const [{ enrolled, lastPosition }] = await manager.query(
        `SELECT count(*) FILTER (WHERE status = 'ENROLLED')::int AS enrolled, coalesce(max(waiting_position), 0)::bigint AS "lastPosition" FROM enrolments WHERE run_id = $1`,
        [runId],
      );
      const full = enrolled >= run.capacity;
      const enrolment = manager.create(Enrolment, {
        id: randomUUID(),
        runId,
        volunteerId,
        status: full ? EnrolmentStatus.WAITING : EnrolmentStatus.ENROLLED,
        waitingPosition: full ? String(BigInt(lastPosition) + 1n) : null,
        enrolledAt: new Date(),
        version: 1,
      });
      await manager.save(enrolment);
      await this.audit.record(manager, {
        action: full ? 'enrolment.waiting' : 'enrolment.enrolled',
        entityType: 'Enrolment',
        entityId: enrolment.id,
        relatedIds: [volunteerId, runId],
      });
      return enrolment;
    });
  }

  /** Cancels; when a place frees up, the first on the waiting list moves up and is told (EnrolmentPromoted). */
  async cancel(enrolmentId: string): Promise<Enrolment> {
    const found = await this.dataSource.getRepository(Enrolment).findOneBy({ id: enrolmentId });
    if (!found || !found.volunteerId || !(await this.policy.canManagePerson(found.volunteerId))) throw notFound('enrolment', enrolmentId);
    return this.dataSource.transaction(async (manager) => {
      await lockRun(manager, found.runId);
      const enrolment = await manager.findOneByOrFail(Enrolment, { id: enrolmentId });
      if (enrolment.status !== EnrolmentStatus.ENROLLED && enrolment.status !== EnrolmentStatus.WAITING)
        throw conflict(`This enrolment is already ${enrolment.status.toLowerCase()}`);
      const freedPlace = enrolment.status === EnrolmentStatus.ENROLLED;
      await manager.update(
        Enrolment,
        { id: enrolmentId },
        { status: EnrolmentStatus.CANCELLED, waitingPosition: null, version: enrolment.version + 1 },
      );
      await this.audit.record(manager, {
        action: 'enrolment.cancelled',
        entityType: 'Enrolment',
        entityId: enrolmentId,
        relatedIds: [enrolment.runId],
      });
      if (freedPlace) await this.promoteFirstWaiting(manager, enrolment.runId);
      return manager.findOneByOrFail(Enrolment, { id: enrolmentId });
    });
  }

  /**
   * The trainer (a volunteer trainer of the run), the person's coordinator or an admin records attendance; having
   * attended every session of a run of a certifying course issues the certificate (CertificateIssued).
   */
  async recordAttendance(sessionId: string, volunteerId: string, present: boolean): Promise<Enrolment> {
    const session = await this.dataSource.getRepository(Session).findOneBy({ id: sessionId });
    if (!session) throw notFound('session', sessionId);
    const run = await this.dataSource.getRepository(CourseRun).findOneByOrFail({ id: session.runId });
    const isTrainer = Boolean(run.trainerVolunteerId) && this.policy.identity?.volunteerId === run.trainerVolunteerId;
    if (!isTrainer && !(await this.policy.coordinatesPerson(volunteerId)))
      throw forbidden('The trainer, the person’s coordinator or an admin records attendance');
    // Attending every session issues a certificate: nobody records it for their own enrolment.
    assertSecondPerson(this.policy.identity, volunteerId, 'records attendance for');
    // Where the person works goes on a certificate; read before the transaction, so it never waits for a second
    // pooled connection while holding its own (for a coordinator the policy check has loaded it already).
    const [place] = await this.directory.currentTeams.load(volunteerId);
    return this.dataSource.transaction(async (manager) => {
      const enrolment = await manager.findOne(Enrolment, {
        where: [
          { runId: run.id, volunteerId, status: EnrolmentStatus.ENROLLED },
          { runId: run.id, volunteerId, status: EnrolmentStatus.COMPLETED },
        ],
      });
      if (!enrolment)
        throw badUserInput('This person is not enrolled in this course run', [
          { field: 'volunteerId', message: 'is not enrolled in this run' },
        ]);
      await manager.query(
        `INSERT INTO attendance (session_id, enrolment_id, present) VALUES ($1, $2, $3)
         ON CONFLICT (session_id, enrolment_id) DO UPDATE SET present = EXCLUDED.present, recorded_at = now()`,
        [sessionId, enrolment.id, present],
      );
      await this.audit.record(manager, {
        action: 'attendance.recorded',
        entityType: 'Enrolment',
        entityId: enrolment.id,
        relatedIds: [sessionId, volunteerId],
      });
      await this.certifyIfComplete(manager, run, enrolment, volunteerId, place);
      return manager.findOneByOrFail(Enrolment, { id: enrolment.id });
    });
  }

  private async certifyIfComplete(
    manager: EntityManager,
    run: CourseRun,
    enrolment: Enrolment,
    volunteerId: string,
    place: TeamPlace | undefined,
  ): Promise<void> {
    const [{ sessions, attended }] = await manager.query(
      `SELECT (SELECT count(*) FROM sessions WHERE run_id = $1)::int AS sessions,
              (SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE s.run_id = $1 AND a.enrolment_id = $2 AND a.present)::int AS attended`,
      [run.id, enrolment.id],
    );
    if (attended < sessions || enrolment.status === EnrolmentStatus.COMPLETED) return;
    await manager.update(Enrolment, { id: enrolment.id }, { status: EnrolmentStatus.COMPLETED, version: enrolment.version + 1 });
    const course = await manager.findOneByOrFail(Course, { id: run.courseId });
    if (!course.givesCertificate) return;
    const issuedOn = todayInAmsterdam();
    const certificate = manager.create(Certificate, {
      id: randomUUID(),
      volunteerId,
      courseId: course.id,
      runId: run.id,
      teamId: place?.teamId ?? null,
      neighbourhoodId: place?.neighbourhoodId ?? null,
      issuedOn,
      validUntil: course.certificateValidMonths ? addMonths(issuedOn, course.certificateValidMonths) : null,
    });
    await manager.save(certificate);
    await this.audit.record(manager, {
      action: 'certificate.issued',
      entityType: 'Certificate',
      entityId: certificate.id,
      relatedIds: [volunteerId, course.id],
    });
    await recordEvent(manager, SOURCE, 'CertificateIssued', {
      certificateId: certificate.id,
      volunteerId,
      courseId: course.id,
      teamId: certificate.teamId,
      neighbourhoodId: certificate.neighbourhoodId,
      issuedOn,
    });
  }

  private async promoteFirstWaiting(manager: EntityManager, runId: string): Promise<void> {
    const [next] = await manager
      .getRepository(Enrolment)
      .find({ where: { runId, status: EnrolmentStatus.WAITING }, order: { waitingPosition: 'ASC' }, take: 1 });
    if (!next) return;
    await manager.update(
      Enrolment,
      { id: next.id },
      { status: EnrolmentStatus.ENROLLED, waitingPosition: null, version: next.version + 1 },
    );
    await this.audit.record(manager, { action: 'enrolment.promoted', entityType: 'Enrolment', entityId: next.id, relatedIds: [runId] });
    await recordEvent(manager, SOURCE, 'EnrolmentPromoted', { enrolmentId: next.id, volunteerId: next.volunteerId, runId });
  }
}

async function lockRun(manager: EntityManager, runId: string): Promise<CourseRun> {
  const run = await manager
    .getRepository(CourseRun)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :runId', { runId })
    .getOne();
  if (!run) throw notFound('course run', runId);
  return run;
}

function addMonths(localDate: string, months: number): string {
  const [year, month, day] = localDate.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
