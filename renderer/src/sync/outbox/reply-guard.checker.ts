import { checkReply } from '../../../../shared/reply-guard';
import type { ReplyChecker } from './reply-guard.gate';

/** The real reply guard (the default wherever a checker can be passed); see loadPlatformReplyChecker. */
export const platformReplyChecker: ReplyChecker = checkReply;
