/** The status bar: online or offline, each shop's sync, replies waiting to send and refused. */
export { StatusBar } from './StatusBar';
