import type { AuditTrail } from '@buurtvolk/subgraph-kit';
import type { DataSource } from 'typeorm';
import type { MessagesLoaders } from '../loaders';
import type { MessagesPolicy } from '../policy';
import { defaultPreferences, MessagePreferences } from './preference.entity';
import type { SetMessagePreferencesInput } from './preference.inputs';
import { disabledKinds } from './preference.rules';

/** A person's choice of messages: theirs to set, theirs and admins' to read. */
export class PreferenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: MessagesPolicy,
    private readonly loaders: MessagesLoaders,
    private readonly audit: AuditTrail,
  ) {}

  async of(volunteerId: string): Promise<MessagePreferences> {
    this.policy.assertCanReadPreferences(volunteerId);
    return (await this.loaders.preferences.load(volunteerId)) ?? defaultPreferences(volunteerId);
  }

  /** Replaces the caller's own choice in one statement (an upsert: two at once cannot interleave), audited. */
  async set(input: SetMessagePreferencesInput): Promise<MessagePreferences> {
    const volunteerId = this.policy.ownVolunteerId();
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO message_preferences (volunteer_id, language, disabled_kinds, version) VALUES ($1, $2, $3, 1)
         ON CONFLICT (volunteer_id) DO UPDATE SET language = EXCLUDED.language, disabled_kinds = EXCLUDED.disabled_kinds,
           version = message_preferences.version + 1, updated_at = now()`,
        [volunteerId, input.language, disabledKinds(input.enabledKinds)],
      );
      await this.audit.record(manager, { action: 'preferences.set', entityType: 'MessagePreferences', entityId: volunteerId });
      return manager.findOneByOrFail(MessagePreferences, { volunteerId });
    });
  }
}
