/** Translated names for every settings value, shared by the popup and the options page. */
import type { AutoOpen, FontSize, PanelSide, Scope, SectionKey, Theme } from './core/settings';
import type { SummaryLength } from './core/types';
import { t } from './i18n';

type Choice<T extends string> = { value: T; label: string };

const choices = <T extends string>(prefix: string, values: readonly T[]): Choice<T>[] =>
  values.map((value) => ({ value, label: t(`${prefix}_${value.replace('-', '_')}`) }));

export const scopeChoices = () => choices<Scope>('setting_scope', ['reviews', 'all-posts']);
export const autoOpenChoices = () =>
  choices<AutoOpen>('setting_autoOpen', ['always', 'per-site', 'on-click']);
export const summaryLengthChoices = () =>
  choices<SummaryLength>('setting_summaryLength', ['short', 'medium', 'long']);
export const sideChoices = () => choices<PanelSide>('setting_side', ['left', 'right']);
export const themeChoices = () => choices<Theme>('setting_theme', ['auto', 'light', 'dark']);
export const fontSizeChoices = () => choices<FontSize>('setting_fontSize', ['small', 'medium', 'large']);

export const SECTION_KEYS: readonly SectionKey[] = [
  'reviewCard',
  'summary',
  'prosCons',
  'toc',
  'readingTime',
];
export const sectionLabel = (key: SectionKey) => t(`setting_section_${key}`);

/** Every key the helpers above can ask for, so the locale test can check each language has them. */
export const SETTINGS_LABEL_KEYS = [
  ...['reviews', 'all_posts'].map((v) => `setting_scope_${v}`),
  ...['always', 'per_site', 'on_click'].map((v) => `setting_autoOpen_${v}`),
  ...['short', 'medium', 'long'].map((v) => `setting_summaryLength_${v}`),
  ...['left', 'right'].map((v) => `setting_side_${v}`),
  ...['auto', 'light', 'dark'].map((v) => `setting_theme_${v}`),
  ...['small', 'medium', 'large'].map((v) => `setting_fontSize_${v}`),
  ...SECTION_KEYS.map((k) => `setting_section_${k}`),
];
