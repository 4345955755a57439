import type { Playbook } from './types.ts';

/**
 * Calma's English playbook. The facts come from the team's training on difficult customers; every sentence here
 * is ours. Placeholders in braces ({summary}, {time}) are for the agent to fill in.
 */
export const en: Playbook = {
  calming: {
    title: 'Calm first, solve second',
    lead: 'The customer is upset, and an upset customer cannot take in a solution yet. Help them feel heard before you fix anything.',
    steps: [
      'Read everything they wrote, and let them say all of it before you answer.',
      'Do not jump in with a fix or a correction mid-way; let the anger run its course.',
      'Slow yourself down: write the reply, pause, reread it before sending.',
      'Say back what they feel and why it is reasonable.',
      'When they are ready, look for the way forward together: two options, their choice.',
    ],
    wording: [
      { id: 'acknowledge', text: 'That sounds really frustrating, and I want to get it fixed with you.' },
      { id: 'thank', text: 'Thanks for laying it all out. You should not have had to chase this, and I am sorry it came to that.' },
      { id: 'summarise', text: 'Let me check I have it right: {summary}. Is that everything, or is there more I should know?' },
      { id: 'options', text: 'There are two ways I can put this right. Which one suits you better?' },
    ],
    checklist: [
      { id: 'listen', label: 'I read it all and understood what they need' },
      { id: 'no-interrupt', label: 'I did not cut in with a fix too early' },
      { id: 'vent', label: 'They have had room to get it off their chest' },
      { id: 'stay-calm', label: 'My reply is calm and I reread it' },
      { id: 'courteous', label: 'My tone is courteous throughout' },
      { id: 'acknowledge', label: 'I named how they feel and showed I want to help' },
      { id: 'solutions', label: 'I offered options and asked which they prefer' },
    ],
  },
  vulgarity: {
    title: 'Swearing: one calm, firm request',
    lead: 'The customer is swearing. That says something about their day, not about you.',
    steps: [
      'Keep in mind whose problem the language is: theirs, not yours.',
      'If you answer it, ask once, politely and firmly, that they stop, and carry on helping.',
      'Never match their tone or their words.',
      'If it continues after your request and no one can take over, tell them you are ending the conversation, then end it.',
      'Add a note to the customer record so the next colleague knows what to expect.',
    ],
    wording: [
      { id: 'ask-stop', text: 'I do want to help with this. Could we keep the language out of it, please, so I can focus on the problem?' },
      { id: 'acknowledge-ask', text: 'I can tell how annoyed you are, and that is fair. I will ask you, though, to drop the swearing so we can sort this out.' },
      { id: 'limit', text: 'I would rather solve this than stop here, but if the language carries on I will have to close this conversation.' },
    ],
    byChannel: {
      email: 'In an email you may let the swearing pass and reply only to what they need.',
      messaging: 'In a live chat, say it now: one calm sentence, then straight back to the issue.',
    },
  },
  insult: {
    title: 'Insults: not about you; firm and polite',
    lead: 'The customer is insulting you or the team. They are angry at the company you stand for, not at you as a person.',
    steps: [
      'Let it pass through you: it is aimed at the role, not at you.',
      'Never insult back, and do not let anger into your reply.',
      'Ask them, courteously and firmly, to stop the personal attacks.',
      'If they stop, go straight back to the problem.',
      'If they carry on after your request and no one can step in, tell them you are ending the conversation, then end it.',
    ],
    wording: [
      { id: 'ask-stop', text: 'I am here to help and I want to keep going. Please leave the personal comments aside.' },
      { id: 'acknowledge-ask', text: 'I hear that you are really unhappy with us. I can only carry on if we keep this respectful, so let us stick to the problem.' },
      { id: 'limit', text: 'I would like to keep helping you, but I will have to close this conversation if the insults continue.' },
    ],
    byChannel: {
      email: 'In an email you can leave the insult unanswered and reply to the substance only.',
      messaging: 'In a chat you have to respond to it: set the limit in one calm sentence, then carry on.',
    },
  },
  'end-conversation': {
    title: 'Limit ignored: you may close the conversation',
    lead: 'You already asked the customer to stop and the abuse continued. If no one else can take over, you may end it, once you have told them.',
    steps: [
      'Check whether a colleague or supervisor can step in first.',
      'Tell the customer, calmly, that you are ending the conversation and why.',
      'Tell them how they can get in touch again.',
      'Then end it; no last word, no reply to further abuse.',
      'Note it on the customer record and let your supervisor know.',
    ],
    wording: [
      { id: 'close', text: 'As I said earlier, I cannot continue while the insults go on, so I am ending this conversation now. You are welcome to contact us again.' },
      { id: 'close-reopen', text: 'I asked you to keep things respectful and that has not happened, so I am closing this conversation. When you are ready, reply to this ticket and we will pick it up.' },
      { id: 'close-handoff', text: 'I am going to end our conversation here. I have passed your case on, and a colleague will follow up with you.' },
    ],
    byChannel: {
      email: 'By email you can simply stop answering the abuse; if you reply, send one short closing message and hand the ticket to your supervisor.',
      messaging: 'In a chat, send the closing message first, wait a moment, then close the chat.',
    },
  },
  'legal-threat': {
    title: 'Legal threat: keep listening, keep a record',
    lead: 'The customer mentions lawyers, courts or a complaint to an authority. Treat it seriously, not personally.',
    steps: [
      'What the customer decides to do is outside your control; do not argue about it.',
      'Keep hearing them out and keep working on the problem.',
      'Tell your supervisor, or the team that handles legal matters, straight away.',
      'Save the incident record: the time, the ticket, their exact words and what you did.',
      'If they follow through, be ready to help the legal team.',
    ],
    wording: [
      { id: 'entitled', text: 'That is your right, and I understand why you are considering it. Meanwhile, I would like to keep working on a solution with you.' },
      { id: 'noted', text: 'I have noted what you said and passed it to the right team. Here is what I can do for you right now.' },
      { id: 'focus', text: 'I take this seriously. Let us see what can be resolved today, so you have the full picture whatever you decide.' },
    ],
  },
  'physical-threat': {
    title: 'Threat of harm: safety first, report now',
    lead: 'The message threatens violence or intimidation against someone or somewhere.',
    steps: [
      'Your safety and your colleagues\u2019 comes first. Do not provoke or challenge.',
      'Report it right away to your supervisor and to whoever your company names for security.',
      'Save the incident record: the time, the ticket, their exact words and what you did.',
      'If you can, stay calm and keep to the problem; make no promises under pressure.',
      'If anyone is in immediate danger, follow your emergency procedure.',
    ],
    wording: [
      { id: 'boundary', text: 'I want to sort this out and I am still working on it, but I cannot continue if anyone is being threatened.' },
      { id: 'reported', text: 'I have passed your message on to the team responsible. Let us keep to the problem so I can help.' },
      { id: 'focus', text: 'I understand you are very angry. Threats will not speed this up; telling me what you need will.' },
    ],
  },
  escalation: {
    title: 'Escalate: a team move, not a failure',
    lead: 'The customer wants someone else or someone higher, a colleague knows this case better, or you have reached your limit.',
    steps: [
      'Handing over after doing what you could is part of good service, not a defeat.',
      'Notice it early: a customer who insists, a colleague with more experience, a limit you have crossed.',
      'Tell the customer what happens next, and when.',
      'Send the handoff summary so they do not have to repeat themselves.',
    ],
    wording: [
      { id: 'bring-in', text: 'Understood. I am bringing in my supervisor now and passing on everything you have told me, so you will not have to repeat it.' },
      { id: 'colleague', text: 'A colleague who knows this kind of case well will take over. They will be in touch by {time}.' },
      { id: 'insisting', text: 'You have asked for this more than once, and you are right to expect it. I am arranging it now.' },
    ],
  },
  recognition: {
    title: 'They have calmed down: well done',
    lead: 'The customer\u2019s last messages are calm. Your patience did that. Keep the same tone and move to the solution.',
    steps: [
      'Take a second to notice it: you turned this conversation around.',
      'Keep the warm, steady tone that got you here.',
      'Now is the moment for solutions: confirm the next step together.',
    ],
    wording: [
      { id: 'thanks', text: 'Thank you for bearing with me. Let us get this finished.' },
      { id: 'next-step', text: 'Thanks, that helps a lot. Here is what I will do next: {step}.' },
      { id: 'together', text: 'I appreciate your patience. Shall we go through the options together?' },
    ],
  },
  'cool-down': {
    title: 'That was a hard one: take a minute',
    lead: 'The conversation is over. Give yourself a minute before the next customer; you both deserve you at your best.',
    steps: [
      'Breathe with the guide for one minute.',
      'Talk to someone if you can: a colleague or your team lead. Letting it out helps.',
      'Do not replay it: it was about the situation, not about you.',
      'Take a short break: water, a tea, a snack, a few steps away from the screen.',
      'Later, jot down one thing that worked and one you would try differently.',
    ],
    wording: [
      { id: 'talk', text: 'Have you got five minutes? I just had a tough conversation and could do with talking it through.' },
      { id: 'break', text: 'I am taking a short break after a difficult ticket; back in ten minutes.' },
      { id: 'lead', text: 'Heads-up: ticket {ticket} got abusive. I handled it, but you may want to look at the record.' },
    ],
    breathing: {
      intro: 'Follow the circle for one minute.',
      phases: [
        { kind: 'inhale', seconds: 4, label: 'Breathe in' },
        { kind: 'hold', seconds: 2, label: 'Hold' },
        { kind: 'exhale', seconds: 6, label: 'Breathe out slowly' },
      ],
      totalSeconds: 60,
    },
  },
};
