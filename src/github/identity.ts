// Whose comments are ours. Only comments written by the token's own identity may be updated or
// deleted: anyone can paste our hidden marker into a comment of their own.
import { statusOf, type Api } from './api.js';

/** The login of comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * GET /user answers for a personal token; an installation token (GITHUB_TOKEN) gets 403 "Resource
 * not accessible by integration" there, and its comments are signed by the Actions bot.
 */
export async function whoAmI(api: Api): Promise<string> {
  try {
    const { data } = await api.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    if (statusOf(err) === 403) return ACTIONS_BOT;
    throw err;
  }
}
