import { type ThemeLabel as DomainThemeLabel, Theme, THEME_LABELS } from '@buurtvolk/domain';
import { Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType('ThemeLabel', { description: 'How a theme is shown to people: Dutch first, English second' })
@Directive('@shareable')
export class ThemeLabel implements DomainThemeLabel {
  @Field(() => Theme, { description: 'The theme this label belongs to' })
  theme: Theme;

  @Field({ description: 'The label in Dutch, e.g. De Buurt' })
  labelNl: string;

  @Field({ description: 'The label in English, e.g. The neighbourhood' })
  labelEn: string;

  @Field({ description: 'What the theme covers, in English' })
  description: string;
}

@Resolver()
export class ThemeResolver {
  @Query(() => [ThemeLabel], { description: 'The six themes with their labels; public' })
  @Directive('@shareable')
  themes(): readonly ThemeLabel[] {
    return THEME_LABELS;
  }
}
