import type { Playbook } from './types.ts';

/** Calma's English playbook. Facts from the team's training guide; the wording is ours. */
export const en: Playbook = {
  calming: {
    title: 'Calm things down first',
    lead: 'The customer is upset. Nothing you offer will land until they feel heard, so calming comes before solving.',
    steps: [
      'Read the whole message and let them finish; do not cut in with a fix yet.',
      'Let them vent: the frustration has to come out before they can listen.',
      'Keep your own reply calm and unhurried; draft it, then read it once more.',
      'Name what they feel and why it makes sense ("waiting two weeks is frustrating").',
      'Only then move to solutions, and build them together: offer options, ask which suits them.',
    ],
    wording: [
      { text: 'I can see how frustrating this has been, and I want to sort it out with you.' },
      { text: 'Thank you for explaining all of this. You should not have had to chase us, and I am sorry you did.' },
      { text: 'I have read everything you sent. Let me make sure I understand: {summary}. Is that right?' },
      { text: 'Here are two ways we can fix this. Which would work better for you?' },
    ],
  },
  vulgarity: {
    title: 'Swearing: set a calm limit',
    lead: 'The customer is swearing. It is about the situation, not about you.',
    steps: [
      'Remember the problem lies with the customer, not with you.',
      'If a reply is needed, ask them politely but firmly to stop, then keep helping.',
      'If it goes on and nobody else can step in, you may end the conversation after telling them why.',
      'Flag the customer so whoever handles them next is prepared.',
    ],
    wording: [
      { text: 'I want to help you with this, and I will. I need us to keep the conversation free of bad language, please.' },
      { text: 'I understand you are angry. Please keep the language respectful so we can focus on fixing this.' },
      { text: 'If the language continues I will have to end this conversation. I would much rather solve your problem.' },
    ],
    byChannel: {
      email: 'By email you may choose to ignore the swearing and answer only the substance.',
      messaging: 'In a live chat, address it now, once, calmly, then return to the issue.',
    },
  },
  insult: {
    title: 'Insults: not personal, firm and polite',
    lead: 'The customer is insulting you or your colleagues. You represent the company; they are reacting to it, not to you.',
    steps: [
      'Do not take it personally, and never answer an insult with another.',
      'Ask them, politely and firmly, to stop the personal remarks.',
      'Keep helping with the actual problem if they do.',
      'If the abuse goes on after your request and nobody else can take over, tell them you are ending the conversation, then end it.',
    ],
    wording: [
      { text: 'I am here to help you, and I will keep doing that. I ask you, please, to stop the personal remarks.' },
      { text: 'I understand you are very unhappy with us. I cannot continue if the insults continue, so let us focus on the problem.' },
      { text: 'As I mentioned, I cannot continue this conversation while the insults go on. I am ending it now; you can reach us again at any time.' },
    ],
    byChannel: {
      email: 'By email you may leave the insult unanswered and reply to the substance only.',
      messaging: 'In chat you need to respond to it: set the limit in one calm sentence.',
    },
  },
  'legal-threat': {
    title: 'Legal threat: keep listening, keep a record',
    lead: 'The customer mentions legal action or a complaint to an authority. Take it seriously, not personally.',
    steps: [
      'You have no control over what the customer decides; do not argue about it.',
      'Keep listening patiently and keep trying to solve the problem.',
      'Report the threat to your supervisor or the team that handles legal matters.',
      'Keep a record: the time, the ticket, the exact words and what you did.',
      'If they follow through, be ready to help the legal team.',
    ],
    wording: [
      { text: 'I understand, and you are entitled to do that. In the meantime I would like to keep working on a solution with you.' },
      { text: 'I have noted your concern and passed it on to the team responsible. Here is what I can do for you right now.' },
    ],
  },
  'physical-threat': {
    title: 'Threat of harm: stay safe, report it now',
    lead: 'The message threatens violence or intimidation against a person or a place.',
    steps: [
      'Your safety and your colleagues\u2019 come first. Do not provoke or challenge.',
      'Report it straight away to your supervisor and the people your company names for security.',
      'Keep a record: the time, the ticket, the exact words and what you did.',
      'If you can, keep the conversation calm and on the problem; do not make promises under pressure.',
      'If anyone is in immediate danger, follow your emergency procedure.',
    ],
    wording: [
      { text: 'I want to resolve this for you, and I will keep working on it. I cannot continue if there are threats against anyone.' },
      { text: 'I have passed your message on to the team responsible. Let us keep to the problem so I can help you.' },
    ],
  },
  escalation: {
    title: 'Escalate: it is teamwork, not failure',
    lead: 'The customer asks for someone else or someone higher, or you have reached your limit.',
    steps: [
      'Escalating after doing what you can is part of good service.',
      'Tell the customer what will happen next and when.',
      'Hand over a short summary so they do not have to repeat themselves.',
    ],
    wording: [
      { text: 'I understand. I am bringing in my supervisor now and passing on everything you have told me, so you will not need to repeat it.' },
      { text: 'A colleague with more experience in this will take over. They will contact you by {time}.' },
    ],
  },
  'cool-down': {
    title: 'That was a hard one: take a minute',
    lead: 'The conversation is over. The next customer deserves you at your best, and so do you.',
    steps: [
      'Breathe slowly: in for four, hold for four, out for six. Repeat for a minute.',
      'If you can, talk it through with a colleague and let the frustration out.',
      'Do not dwell on it: it was about the situation, not about you.',
      'Take a short break: some water, a tea, a few steps away from the screen.',
      'Later, note one thing you would do the same and one you would change.',
    ],
    wording: [],
  },
};
