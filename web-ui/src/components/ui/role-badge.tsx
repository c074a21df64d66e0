import { Badge, type BadgeProps } from '@mantine/core';
import type { Role } from '@/types/models';

const ROLE_COLORS: Record<Role, string> = {
  ADMIN: 'grape',
  STRATEGIST: 'blue',
  OUTREACH: 'teal',
};

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  STRATEGIST: 'Strategist',
  OUTREACH: 'Outreach',
};

export function RoleBadge({ role, ...props }: { role: Role } & BadgeProps) {
  return (
    <Badge variant="light" radius="sm" color={ROLE_COLORS[role]} {...props}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
