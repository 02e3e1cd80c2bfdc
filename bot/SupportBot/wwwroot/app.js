// The support page: Web Chat (wwwroot/lib/webchat.js, bundled from npm) over the bot's own Direct Line endpoint.
// Development: GET /api/personas answers, and the page asks /v3/directline/tokens/generate for a token bound to
// the chosen sample user. Elsewhere the picker stays hidden and the site's backend supplies the token (README).
(function () {
  'use strict';

  const directLineDomain = location.origin + '/v3/directline';
  const tokenUrl = document.querySelector('meta[name="supportbot-token-url"]').content;

  const texts = {
    en: {
      siteName: 'Partner Network',
      title: 'Partner technical support',
      intro: 'Ask the support assistant about your company\'s technical support benefits: whether you are eligible, ' +
        'how to activate them, where to open an on-premises or cloud case, how many incidents you have left, ' +
        'the "Access ID is already associated" error, and the paid support plans.',
      examplesTitle: 'Try asking',
      example1: 'How many incidents do I have left?',
      example2: 'Am I eligible for technical support?',
      example3: 'I get "Access ID is already associated"',
      language: 'Language',
      persona: 'Sample user (Development)',
      footer: 'Technical support benefits for Microsoft partner companies.',
      connecting: 'Connecting to the support assistant…',
      failed: 'The chat could not start. Please refresh the page or try again later.',
      placeholder: 'Type your question',
      you: 'You'
    },
    tr: {
      siteName: 'Partner Network',
      title: 'İş ortağı teknik desteği',
      intro: 'Şirketinizin teknik destek avantajlarıyla ilgili sorularınızı destek asistanına sorun: uygun olup ' +
        'olmadığınız, avantajları nasıl etkinleştireceğiniz, şirket içi veya bulut desteği için nereye başvuracağınız, ' +
        'kaç olayınızın kaldığı, "Access ID is already associated" hatası ve ücretli destek planları.',
      examplesTitle: 'Örnek sorular',
      example1: 'Kaç olayım kaldı?',
      example2: 'Teknik destek için uygun muyum?',
      example3: '"Access ID is already associated" hatası alıyorum',
      language: 'Dil',
      persona: 'Örnek kullanıcı (Development)',
      footer: 'Microsoft iş ortağı şirketleri için teknik destek avantajları.',
      connecting: 'Destek asistanına bağlanılıyor…',
      failed: 'Sohbet başlatılamadı. Lütfen sayfayı yenileyin veya daha sonra yeniden deneyin.',
      placeholder: 'Sorunuzu yazın',
      you: 'Siz'
    }
  };

  const styleOptions = {
    accent: '#0f6cbd',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f3f2f1',
    bubbleBorderRadius: 6,
    bubbleFromUserBackground: '#0f6cbd',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 6,
    bubbleMaxWidth: 560,
    primaryFont: '"Segoe UI", "Segoe UI Web (West European)", -apple-system, Roboto, "Helvetica Neue", sans-serif',
    hideUploadButton: true,
    botAvatarInitials: 'SB',
    rootHeight: '100%'
  };

  const languageSelect = document.getElementById('language');
  const personaField = document.getElementById('persona-field');
  const personaSelect = document.getElementById('persona');
  const chatHost = document.getElementById('webchat');
  const status = document.getElementById('status');

  let directLine = null;
  let personas = null;
  let generation = 0;

  function languageOf(locale) {
    return locale.startsWith('tr') ? 'tr' : 'en';
  }

  function applyPageTexts(locale) {
    const language = languageOf(locale);
    document.documentElement.lang = language;
    document.querySelectorAll('[data-text]').forEach(function (element) {
      element.textContent = texts[language][element.dataset.text];
    });
    document.title = texts[language].title;
  }

  async function loadPersonas() {
    const response = await fetch('/api/personas', { headers: { Accept: 'application/json' } });
    return response.ok ? response.json() : null;
  }

  function showPersonas(list) {
    list.forEach(function (persona) {
      const option = document.createElement('option');
      option.value = persona.signInName;
      option.textContent = persona.signInName;
      option.title = persona.displayName;
      personaSelect.appendChild(option);
    });
    personaField.hidden = false;
  }

  async function fetchToken(userId) {
    const request = userId
      ? fetch(directLineDomain + '/tokens/generate', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } })
      })
      : fetch(tokenUrl, { method: 'POST', credentials: 'same-origin' });
    const response = await request;
    if (!response.ok) {
      throw new Error('Token request failed with HTTP ' + response.status);
    }
    return response.json();
  }

  // A new conversation for every language or user: Web Chat also stamps the locale on each activity it sends.
  async function startChat() {
    const started = ++generation;
    const locale = languageSelect.value;
    const userId = personas ? personaSelect.value : null;
    const language = texts[languageOf(locale)];
    applyPageTexts(locale);
    status.textContent = language.connecting;
    if (directLine) {
      directLine.end();
      directLine = null;
    }

    // Web Chat keeps its state in the element it renders into: start each conversation in a fresh one.
    const element = document.createElement('div');
    element.className = 'chat__surface';
    chatHost.replaceChildren(element);

    try {
      const session = await fetchToken(userId);
      if (started !== generation) {
        return; // The user picked another language or user while the token was on its way.
      }

      directLine = window.WebChat.createDirectLine({
        domain: directLineDomain,
        token: session.token,
        webSocket: false,
        conversationStartProperties: { locale: locale }
      });
      window.WebChat.renderWebChat({
        directLine: directLine,
        locale: locale,
        userID: userId || session.userId || undefined,
        styleOptions: Object.assign({ userAvatarInitials: language.you }, styleOptions),
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: language.placeholder }
      }, element);
      status.textContent = '';
    } catch (error) {
      console.error(error);
      if (started === generation) {
        status.textContent = language.failed;
      }
    }
  }

  async function init() {
    const browserLocale = (navigator.language || 'en-US').toLowerCase();
    languageSelect.value = browserLocale.startsWith('tr') ? 'tr-TR' : 'en-US';
    try {
      personas = await loadPersonas();
    } catch (error) {
      personas = null;
    }

    if (personas && personas.length > 0) {
      showPersonas(personas);
    } else {
      personas = null;
    }

    languageSelect.addEventListener('change', startChat);
    personaSelect.addEventListener('change', startChat);
    await startChat();
  }

  init();
}());
