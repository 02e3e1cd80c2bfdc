// Drives SupportBot's own Direct Line endpoint with the real botframework-directlinejs client, polling
// (webSocket: false) as the support page does, and prints what it saw as one JSON object for the C# test.
// Environment: DL_DOMAIN (http://127.0.0.1:PORT/v3/directline), DL_SECRET, and DL_EXPIRED_TOKEN with
// DL_EXPIRED_CONVERSATION: a token whose lifetime has passed, and the conversation it was started for.
'use strict';

global.XMLHttpRequest = require('xhr2');
global.WebSocket = require('ws');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const domain = process.env.DL_DOMAIN;
const secret = process.env.DL_SECRET;
const expiredToken = process.env.DL_EXPIRED_TOKEN;
const expiredConversation = process.env.DL_EXPIRED_CONVERSATION;
const user = { id: 'gold.admin@fabrikam.example', name: 'Gold Admin', role: 'user' };
const deadlineMs = 20000;

async function generateToken(userId) {
  const response = await fetch(`${domain}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: userId } }),
  });
  if (response.status !== 200) {
    throw new Error(`tokens/generate answered ${response.status}`);
  }
  return response.json();
}

// Watches one DirectLine: every activity and status it reports, and a way to wait for a condition on them.
function watch(directLine) {
  const seen = { activities: [], statuses: [] };
  const waiters = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      if (waiter.condition(seen)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        clearTimeout(waiter.timer);
        waiter.resolve();
      }
    }
  };
  const subscriptions = [
    directLine.activity$.subscribe(activity => { seen.activities.push(activity); check(); }, () => {}),
    directLine.connectionStatus$.subscribe(status => { seen.statuses.push(status); check(); }, () => {}),
  ];
  const until = (what, condition) => new Promise((resolve, reject) => {
    const waiter = { condition, resolve };
    waiter.timer = setTimeout(() => {
      waiters.splice(waiters.indexOf(waiter), 1);
      reject(new Error(`timed out waiting for ${what}; statuses ${JSON.stringify(seen.statuses)}, ${seen.activities.length} activities`));
    }, deadlineMs);
    waiters.push(waiter);
    check();
  });
  const stop = () => { subscriptions.forEach(s => s.unsubscribe()); directLine.end(); };
  return { seen, until, stop };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

function texts(activities) {
  return activities
    .filter(activity => activity.from && activity.from.role === 'bot')
    .map(activity => (activity.text || '') + '\n' + JSON.stringify(activity.attachments || []))
    .join('\n');
}

function echoOf(seen, clientActivityID) {
  return seen.activities.find(a => a.channelData && a.channelData.clientActivityID === clientActivityID && a.id);
}

async function firstVisit(token) {
  const directLine = new DirectLine({ domain, token, webSocket: false, pollingInterval: 200 });
  const session = watch(directLine);
  const clientActivityID = 'conformance-1';
  const id = await post(directLine, {
    type: 'message', channelId: 'webchat', from: user, locale: 'en-US',
    text: 'how many incidents do I have left?', channelData: { clientActivityID },
  });
  await session.until('the echo and the answer', seen => echoOf(seen, clientActivityID)
    && seen.activities.some(a => a.replyToId === id && a.attachments && a.attachments.length > 0)
    && texts(seen.activities).includes('17 of 20'));
  const echo = echoOf(session.seen, clientActivityID);
  const result = {
    conversationId: directLine.conversationId,
    postedId: id,
    echo: { id: echo.id, clientActivityID: echo.channelData.clientActivityID, timestamp: echo.timestamp, fromId: echo.from.id },
    botText: texts(session.seen.activities),
    cardContentTypes: session.seen.activities.flatMap(a => (a.attachments || []).map(x => x.contentType)),
    ids: session.seen.activities.map(a => a.id),
    watermark: directLine.watermark,
    statuses: session.seen.statuses,
  };
  session.stop();
  return result;
}

async function reconnect(token, conversationId, watermark, oldIds) {
  const directLine = new DirectLine({ domain, token, conversationId, watermark, webSocket: false, pollingInterval: 200 });
  const session = watch(directLine);
  const clientActivityID = 'conformance-2';
  const id = await post(directLine, { type: 'message', channelId: 'webchat', from: user, text: 'menu', channelData: { clientActivityID } });
  await session.until('the menu after reconnecting', seen => echoOf(seen, clientActivityID) && seen.activities.some(a => a.replyToId === id));
  const result = {
    ids: session.seen.activities.map(a => a.id),
    sawOlder: session.seen.activities.some(a => oldIds.includes(a.id)),
    sawEcho: Boolean(echoOf(session.seen, clientActivityID)),
    statuses: session.seen.statuses,
  };
  session.stop();
  return result;
}

// Web Chat hands over conversationId and streamUrl when it resumes, which skips the reconnect call: the
// first poll is then what meets the refused token, and the client must report ExpiredToken.
async function refusedWhilePolling(token, conversationId) {
  const directLine = new DirectLine({ domain, token, conversationId, streamUrl: 'unused', webSocket: false, pollingInterval: 200 });
  const session = watch(directLine);
  await session.until('ExpiredToken', seen => seen.statuses.includes(ConnectionStatus.ExpiredToken));
  const result = { statuses: session.seen.statuses, activities: session.seen.activities.length };
  session.stop();
  return result;
}

async function refusedAtStart(token) {
  const directLine = new DirectLine({ domain, token, webSocket: false, pollingInterval: 200 });
  const session = watch(directLine);
  await session.until('FailedToConnect', seen => seen.statuses.includes(ConnectionStatus.FailedToConnect));
  const result = { statuses: session.seen.statuses };
  session.stop();
  return result;
}

async function main() {
  const own = await generateToken(user.id);
  const first = await firstVisit(own.token);
  const again = await reconnect(own.token, first.conversationId, first.watermark, first.ids);
  const foreign = await generateToken('csp.agent@litware.example');
  const foreignToken = await refusedWhilePolling(foreign.token, first.conversationId);
  const expiredWhilePolling = await refusedWhilePolling(expiredToken, expiredConversation);
  const expiredAtStart = await refusedAtStart(expiredToken);
  return { tokenConversationId: own.conversationId, first, again, foreignToken, expiredWhilePolling, expiredAtStart };
}

main().then(
  result => { process.stdout.write(JSON.stringify(result) + '\n'); process.exit(0); },
  error => { process.stdout.write(JSON.stringify({ error: String(error && error.stack || error) }) + '\n'); process.exit(1); });
