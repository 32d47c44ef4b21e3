export { DueCountdown, type DueCountdownProps } from './DueCountdown';
