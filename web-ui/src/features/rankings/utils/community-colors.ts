/**
 * One colour per community, the same on the map, the ego network, the audience bars and the legend. Communities are
 * numbered by size (0 is the largest), so the strongest hues go to the biggest groups; past the palette they are grey.
 */
export const COMMUNITY_PALETTE = [
  '#4c6ef5', // indigo
  '#12b886', // teal
  '#f76707', // orange
  '#ae3ec9', // grape
  '#fab005', // yellow
  '#e64980', // pink
  '#15aabf', // cyan
  '#82c91e', // lime
  '#7950f2', // violet
  '#fa5252', // red
] as const;

export const OTHER_COMMUNITY_COLOR = '#adb5bd';

export function communityColor(community: number | null | undefined): string {
  if (typeof community !== 'number' || community < 0 || community >= COMMUNITY_PALETTE.length) {
    return OTHER_COMMUNITY_COLOR;
  }
  return COMMUNITY_PALETTE[community];
}

/** Communities as people read them: numbered from 1, the largest first. */
export function communityLabel(community: number | null | undefined): string {
  return typeof community === 'number' ? `Community ${community + 1}` : 'No community';
}
