/** The six themes every team works on, with the labels shown to people (Dutch first). */
export enum Theme {
  NEIGHBOURHOOD = 'NEIGHBOURHOOD',
  COMMUNITY = 'COMMUNITY',
  INFORMAL_CARE = 'INFORMAL_CARE',
  SUSTAINABILITY = 'SUSTAINABILITY',
  PERSONAL_DEVELOPMENT = 'PERSONAL_DEVELOPMENT',
  HEALTH = 'HEALTH',
}

export interface ThemeLabel {
  theme: Theme;
  labelNl: string;
  labelEn: string;
  description: string;
}

export const THEME_LABELS: readonly ThemeLabel[] = [
  {
    theme: Theme.NEIGHBOURHOOD,
    labelNl: 'De Buurt',
    labelEn: 'The neighbourhood',
    description: 'Clean, intact, safe and more beautiful streets',
  },
  {
    theme: Theme.COMMUNITY,
    labelNl: 'Community/Gemeenschap',
    labelEn: 'Community',
    description: 'Organising with other residents and local partners',
  },
  {
    theme: Theme.INFORMAL_CARE,
    labelNl: 'Informele zorg',
    labelEn: 'Informal care',
    description: 'Against loneliness and poverty: transport, a chat',
  },
  {
    theme: Theme.SUSTAINABILITY,
    labelNl: 'Duurzaamheid',
    labelEn: 'Sustainability',
    description: 'Information, circularity, urban mining, energy transition',
  },
  {
    theme: Theme.PERSONAL_DEVELOPMENT,
    labelNl: 'Persoonlijke ontwikkeling',
    labelEn: 'Personal development',
    description: 'Skills training and information',
  },
  { theme: Theme.HEALTH, labelNl: 'Gezondheid', labelEn: 'Health', description: 'Information, exercise, nutrition' },
];

export function themeLabel(theme: Theme): ThemeLabel {
  const label = THEME_LABELS.find((entry) => entry.theme === theme);
  if (!label) throw new Error(`Unknown theme ${theme}`);
  return label;
}
