import type { launch as english } from '../en/launch';
import type { Translation } from '../translation';

export const launch: Translation<typeof english> = {
  'launch.opening.title': 'Otwieranie LTI Rooms',
  'launch.login.status': 'Łączenie z kursem…',
  'launch.check.status': 'Sprawdzanie uruchomienia z kursu…',
  'launch.storageAccess.title': 'Zezwól na LTI Rooms na tej stronie kursu',
  'launch.storageAccess.heading': 'Jeszcze jeden krok',
  'launch.storageAccess.explanation':
    'Przeglądarka nie pozwala LTI Rooms rozpoznać użytkownika na stronie kursu. Po zezwoleniu LTI Rooms na używanie tu plików cookie pokój się otworzy. Przeglądarka może poprosić o potwierdzenie.',
  'launch.storageAccess.allow': 'Zezwól i kontynuuj',
  'launch.storageAccess.openInNewWindow': 'Zamiast tego otwórz w nowym oknie',

  'launch.error.newWindow.heading': 'Otwórz LTI Rooms w osobnym oknie',
  'launch.error.newWindow.explanation':
    'Przeglądarka uniemożliwiła działanie LTI Rooms na stronie kursu. Otwarcie w nowym oknie zwykle rozwiązuje ten problem.',
  'launch.error.newWindow.button': 'Otwórz w nowym oknie',
  'launch.error.adminHeading': 'Dla administratora platformy LMS',
  'launch.error.serverDetails': 'Szczegóły: <code>{details}</code>',
  'launch.error.code': 'Kod błędu: <code>{errorCode}</code>',

  'launch.refusal.launchFailed.title': 'Nie udało się otworzyć tego pokoju',
  'launch.refusal.launchFailed.detail': 'Kurs nie mógł uruchomić LTI Rooms. Proszę ponownie otworzyć pokój z kursu.',
  'launch.refusal.launchFailed.adminHint':
    'Uruchomienie LTI zostało odrzucone. Przyczynę podaje dziennik serwera LTI Rooms; należy sprawdzić, czy platforma jest zarejestrowana i aktywna.',
  'launch.refusal.launchCheckFailed.title': 'Nie udało się otworzyć tego pokoju',
  'launch.refusal.launchCheckFailed.detail':
    'Nie udało się połączyć z LTI Rooms, aby sprawdzić uruchomienie. Proszę sprawdzić połączenie, a potem ponownie otworzyć pokój z kursu.',
  'launch.refusal.launchCheckFailed.adminHint':
    'Strona nie mogła potwierdzić uruchomienia na serwerze LTI Rooms (brak odpowiedzi lub odpowiedź nieczytelna). Przyczynę podaje dziennik serwera LTI Rooms.',
  'launch.refusal.loginParameterTooLong.title': 'Platforma LMS wysłała zbyt duże żądanie logowania',
  'launch.refusal.loginParameterTooLong.detail':
    'Parametr logowania jest dłuższy, niż akceptuje LTI Rooms, dlatego logowanie nie zostało rozpoczęte.',
  'launch.refusal.loginParameterTooLong.adminHint':
    'LTI Rooms przechowuje najwyżej tyle znaków każdego parametru logowania: {limits}. Należy sprawdzić, co platforma wysyła do /lti/login.',
  'launch.refusal.rateLimited.title': 'W tej chwili jest zbyt wiele uruchomień',
  'launch.refusal.rateLimited.detail':
    'LTI Rooms otrzymuje z tej sieci lub platformy LMS więcej żądań, niż przyjmuje naraz. Proszę odczekać chwilę, a potem ponownie otworzyć narzędzie.',
  'launch.refusal.rateLimited.adminHint':
    'Limity ustawiają RATE_LIMIT_LTI_PER_IP, RATE_LIMIT_LTI_PER_ACCOUNT i RATE_LIMIT_REGISTER_PER_IP (zob. README); należy je zwiększyć, jeśli odrzucana jest cała grupa korzystająca z jednego adresu.',
  'launch.refusal.loginMissingParameters.title': 'Platforma LMS wysłała niepełne żądanie logowania',
  'launch.refusal.loginMissingParameters.detail': 'W żądaniu logowania brakuje iss, login_hint lub target_link_uri.',
  'launch.refusal.loginMissingParameters.adminHint':
    'Należy sprawdzić, czy platforma inicjuje logowanie OIDC pod adresem /lti/login z parametrami iss, login_hint i target_link_uri (LTI 1.3 Core, sekcja 4.1).',
  'launch.refusal.unknownPlatform.title': 'Ta platforma LMS nie jest zarejestrowana w LTI Rooms',
  'launch.refusal.unknownPlatform.detail': 'Uruchomienie pochodzi z platformy (wystawca i identyfikator klienta), której LTI Rooms nie zna.',
  'launch.refusal.unknownPlatform.adminHint':
    'Należy zarejestrować platformę przez rejestrację dynamiczną (Dynamic Registration) lub poleceniem `npm run platforms -- add` i sprawdzić, czy wystawca i identyfikator klienta dokładnie się zgadzają.',
  'launch.refusal.platformAmbiguous.title': 'LTI Rooms nie wie, której rejestracji tej platformy LMS użyć',
  'launch.refusal.platformAmbiguous.detail':
    'Platforma LMS rozpoczęła uruchomienie bez identyfikatora klienta, a kilka aktywnych rejestracji ma tego samego wystawcę.',
  'launch.refusal.platformAmbiguous.adminHint':
    'Należy skonfigurować platformę LMS tak, aby wysyłała client_id w żądaniu logowania (LTI 1.3 Core, sekcja 4.1), lub dezaktywować nieużywane rejestracje (`npm run platforms -- list`).',
  'launch.refusal.targetLinkForeign.title': 'Uruchomienie wskazuje poza LTI Rooms',
  'launch.refusal.targetLinkForeign.detail': 'target_link_uri w żądaniu logowania nie jest adresem tego narzędzia.',
  'launch.refusal.targetLinkForeign.adminHint':
    'Docelowy URI linku w platformie LMS musi zaczynać się od publicznego adresu narzędzia (PUBLIC_URL), po którym następuje /lti/launch.',
  'launch.refusal.platformInactive.title': 'LTI Rooms nie jest jeszcze aktywne dla tej platformy LMS',
  'launch.refusal.platformInactive.detail': 'Ta platforma jest zarejestrowana, ale administrator jeszcze jej nie aktywował.',
  'launch.refusal.platformInactive.adminHint':
    'Operator LTI Rooms musi aktywować tę rejestrację (`npm run platforms -- list` i `activate` lub strona operatora). Administrator platformy LMS, który otworzy narzędzie, zobaczy, o którą rejestrację chodzi.',
  'launch.refusal.deploymentMissing.title': 'Uruchomienie nie wskazuje wdrożenia',
  'launch.refusal.deploymentMissing.detail': 'id_token nie zawiera oświadczenia (claim) deployment_id.',
  'launch.refusal.deploymentMissing.adminHint': 'Platforma musi wysyłać https://purl.imsglobal.org/spec/lti/claim/deployment_id przy każdym uruchomieniu.',
  'launch.refusal.deploymentUnknown.title': 'To wdrożenie LTI Rooms nie jest zarejestrowane',
  'launch.refusal.deploymentUnknown.detail': 'Uruchomienie pochodzi z identyfikatora wdrożenia, którego nigdy nie zarejestrowano dla tej platformy.',
  'launch.refusal.deploymentUnknown.adminHint':
    'Należy dodać identyfikator wdrożenia do rejestracji platformy (`npm run platforms -- add-deployment`) lub ponownie zarejestrować narzędzie przez rejestrację dynamiczną.',
  'launch.refusal.missingIdToken.title': 'To uruchomienie nie zawierało wiadomości LTI',
  'launch.refusal.missingIdToken.detail': 'Żądanie do /lti/launch nie zawiera id_token.',
  'launch.refusal.missingIdToken.adminHint':
    'Platforma musi wysłać metodą POST pola formularza id_token i state do /lti/launch (tryb odpowiedzi form_post).',
  'launch.refusal.malformedIdToken.title': 'Nie udało się odczytać wiadomości LTI',
  'launch.refusal.malformedIdToken.detail': 'id_token nie jest poprawnie zbudowanym podpisanym tokenem JWT.',
  'launch.refusal.malformedIdToken.adminHint': 'Należy sprawdzić konfigurację LTI 1.3 platformy; id_token musi być tokenem JWT podpisanym algorytmem RS256.',
  'launch.refusal.missingState.title': 'Uruchomienie utraciło stan logowania',
  'launch.refusal.missingState.detail': 'Żądanie do /lti/launch nie zawiera pola state.',
  'launch.refusal.missingState.adminHint': 'Platforma musi zwrócić bez zmian wartość state otrzymaną w swoim punkcie autoryzacji.',
  'launch.refusal.stateCookieMissing.title': 'Przeglądarka zablokowała LTI Rooms na stronie kursu',
  'launch.refusal.stateCookieMissing.detail':
    'Nie udało się powiązać uruchomienia z tą przeglądarką, ponieważ jej plik cookie nie został wysłany. Dzieje się tak, gdy pliki cookie innych firm są blokowane.',
  'launch.refusal.stateCookieMissing.adminHint':
    'Należy poprosić użytkowników o otwieranie narzędzia w nowym oknie albo zezwolić na pliki cookie innych firm dla tej witryny. Narzędzie musi działać przez https, aby jego pliki cookie miały atrybuty SameSite=None; Secure.',
  'launch.refusal.stateMismatch.title': 'To uruchomienie należy do innego okna przeglądarki',
  'launch.refusal.stateMismatch.detail': 'Stan logowania w uruchomieniu nie zgadza się z plikiem cookie logowania tej przeglądarki.',
  'launch.refusal.stateMismatch.adminHint':
    'Zwykle oznacza to, że uruchomienie zostało powtórzone lub przekazane dalej. Należy ponownie uruchomić narzędzie z kursu.',
  'launch.refusal.stateUnknown.title': 'To uruchomienie wygasło',
  'launch.refusal.stateUnknown.detail': 'Logowanie, które rozpoczęło to uruchomienie, jest nieznane lub starsze niż dziesięć minut.',
  'launch.refusal.stateUnknown.adminHint': 'Należy ponownie uruchomić narzędzie z kursu. Jeśli problem się powtarza, należy sprawdzić zegar serwera narzędzia.',
  'launch.refusal.launchReplayed.title': 'To uruchomienie zostało już użyte',
  'launch.refusal.launchReplayed.detail': 'To samo logowanie zostało przedstawione dwa razy. Każdego uruchomienia można użyć tylko raz.',
  'launch.refusal.launchReplayed.adminHint':
    'Należy ponownie uruchomić narzędzie z kursu. Powtarzające się próby mogą wskazywać na atak lub serwer proxy, który ponownie wysyła żądania.',
  'launch.refusal.badSignature.title': 'Podpis wiadomości LTI jest nieprawidłowy',
  'launch.refusal.badSignature.detail': 'id_token nie został podpisany kluczem zarejestrowanej platformy.',
  'launch.refusal.badSignature.adminHint':
    'Należy sprawdzić w rejestracji adres URL zestawu kluczy publicznych (JWKS) platformy oraz to, czy platforma podpisuje kluczem z tego zestawu.',
  'launch.refusal.wrongIssuer.title': 'Wiadomość LTI pochodzi z niewłaściwej platformy',
  'launch.refusal.wrongIssuer.detail': 'Wystawca id_token nie jest platformą, od której zaczęło się logowanie.',
  'launch.refusal.wrongIssuer.adminHint': 'Należy sprawdzić, czy wystawca platformy w rejestracji zgadza się z wysyłanym przez nią oświadczeniem iss.',
  'launch.refusal.wrongAudience.title': 'Wiadomość LTI była przeznaczona dla innego narzędzia',
  'launch.refusal.wrongAudience.detail': 'Odbiorcy (audience) id_token nie obejmują identyfikatora klienta tego narzędzia.',
  'launch.refusal.wrongAudience.adminHint': 'Należy porównać identyfikator klienta w rejestracji z oświadczeniami aud i azp wysyłanymi przez platformę.',
  'launch.refusal.tokenExpired.title': 'Wiadomość LTI wygasła',
  'launch.refusal.tokenExpired.detail': 'Minął czas ważności id_token.',
  'launch.refusal.tokenExpired.adminHint': 'Należy ponownie uruchomić narzędzie. Jeśli problem się powtarza, należy porównać zegary platformy LMS i serwera narzędzia.',
  'launch.refusal.tokenTooOld.title': 'Wiadomość LTI jest zbyt stara',
  'launch.refusal.tokenTooOld.detail': 'id_token został wystawiony ponad pięć minut temu.',
  'launch.refusal.tokenTooOld.adminHint': 'Należy ponownie uruchomić narzędzie. Jeśli problem się powtarza, należy porównać zegary platformy LMS i serwera narzędzia.',
  'launch.refusal.tokenNotYetValid.title': 'Wiadomość LTI ma datę z przyszłości',
  'launch.refusal.tokenNotYetValid.detail': 'Czas wystawienia id_token przypada w przyszłości.',
  'launch.refusal.tokenNotYetValid.adminHint': 'Należy porównać zegary platformy LMS i serwera narzędzia (NTP).',
  'launch.refusal.platformKeysUnavailable.title': 'Nie udało się połączyć z platformą LMS, aby sprawdzić to uruchomienie',
  'launch.refusal.platformKeysUnavailable.detail': 'LTI Rooms nie mogło pobrać kluczy publicznych platformy, aby zweryfikować uruchomienie.',
  'launch.refusal.platformKeysUnavailable.adminHint':
    'Należy sprawdzić, czy adres URL zestawu kluczy (JWKS) w rejestracji jest osiągalny z serwera narzędzia.',
  'launch.refusal.nonceMismatch.title': 'Wiadomość LTI nie odpowiada temu logowaniu',
  'launch.refusal.nonceMismatch.detail': 'Wartość nonce w id_token nie jest tą, którą LTI Rooms wysłało dla tego logowania.',
  'launch.refusal.nonceMismatch.adminHint': 'Platforma musi skopiować nonce z żądania autoryzacji do id_token.',
  'launch.refusal.nonceReplayed.title': 'Ta wiadomość LTI została już użyta',
  'launch.refusal.nonceReplayed.detail': 'Wartość nonce w id_token została już wcześniej przyjęta; każdej wiadomości można użyć tylko raz.',
  'launch.refusal.nonceReplayed.adminHint': 'Ponownie użyty id_token może wskazywać na atak lub wadliwie działający serwer proxy.',
  'launch.refusal.claimTooLong.title': 'Wiadomość LTI zawiera identyfikator, którego LTI Rooms nie może zapisać',
  'launch.refusal.claimTooLong.detail':
    'Identyfikator w id_token (użytkownika, kursu, linku lub wdrożenia) jest dłuższy niż 255 znaków.',
  'launch.refusal.claimTooLong.adminHint':
    'LTI 1.3 ogranicza te identyfikatory do 255 znaków (LTI 1.3 Core, sekcje 5.1.2, 5.3.1 i 5.4.1). Należy sprawdzić, co platforma wysyła w oświadczeniu wskazanym w szczegółach.',
  'launch.refusal.invalidClaims.title': 'Wiadomość LTI jest niepełna',
  'launch.refusal.invalidClaims.detail': 'W id_token brakuje oświadczeń wymaganych przez LTI 1.3.',
  'launch.refusal.invalidClaims.adminHint': 'Należy porównać oświadczenie wskazane w szczegółach z LTI 1.3 Core, sekcja 5.',
  'launch.refusal.roomNotInCourse.title': 'Ten pokój nie należy do tego kursu',
  'launch.refusal.roomNotInCourse.detail': 'Link wskazuje pokój, który nie jest opublikowany w tym kursie, a to konto nie ma uprawnień do opublikowania go tutaj.',
  'launch.refusal.roomNotInCourse.adminHint':
    'Link do pokoju otwiera się tylko w kursie, w którym pokój jest opublikowany, lub dla osoby, która może go tam opublikować (właściciela albo współpublikującego, który jest prowadzącym kursu). Należy opublikować pokój w tym kursie z jego strony edycji albo ponownie umieścić link przez Deep Linking; linki, których odwołanie do pokoju zostało zmienione lub skopiowane z innej platformy, są odrzucane.',
  'launch.refusal.unsupportedMessage.title': 'LTI Rooms nie obsługuje tego rodzaju uruchomienia',
  'launch.refusal.unsupportedMessage.detail': 'Obsługiwane są tylko uruchomienia z linku do zasobu (resource link) i przez Deep Linking.',
  'launch.refusal.unsupportedMessage.adminHint':
    'Należy umieścić LTI Rooms jako link do narzędzia zewnętrznego lub przez wybór treści (Deep Linking).',

  'launch.inactiveRegistration.heading': 'Ta rejestracja czeka na aktywację',
  'launch.inactiveRegistration.explanation':
    'To konto ma rolę administratora tej platformy LMS, dlatego widać tu, o którą rejestrację LTI Rooms chodzi. LTI Rooms odrzuca każde uruchomienie przez nią, dopóki operator LTI Rooms (osoba utrzymująca serwer LTI Rooms) jej nie aktywuje. Należy przekazać operatorowi te dane.',
  'launch.inactiveRegistration.commandIntro': 'Operator aktywuje ją na serwerze poleceniem:',
  'launch.inactiveRegistration.operatorPage':
    'lub na stronie operatora LTI Rooms (<code>{path}</code>), jeśli na serwerze skonfigurowano sekret operatora.',
  'launch.inactiveRegistration.removedIfPending':
    'Rejestracja, której nikt nie aktywuje, zostaje usunięta po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}}; wtedy należy ponownie zarejestrować platformę.',

  'launch.registration.lms': 'LMS',
  'launch.registration.issuer': 'Wystawca',
  'launch.registration.clientId': 'Identyfikator klienta',
  'launch.registration.deploymentId': 'Identyfikator wdrożenia',
  'launch.registration.deploymentIds': 'Identyfikatory wdrożeń',
  'launch.registration.noDeploymentYet': 'Jeszcze brak',
  'launch.registration.id': 'Identyfikator rejestracji',
  'launch.registration.registered': 'Zarejestrowano',
  'launch.registration.status': 'Stan',
  'launch.registration.pendingSince': 'Czeka na zatwierdzenie od {when}',
  'launch.registration.inactive': 'Dezaktywowana lub dodana ręcznie jako nieaktywna',

  'launch.operator.title': 'Operator: aktywacja rejestracji',
  'launch.operator.intro':
    'Dla osoby utrzymującej ten serwer LTI Rooms. Rejestracja utworzona przez platformę LMS w trybie rejestracji dynamicznej pozostaje nieaktywna, dopóki nie zostanie aktywowana tutaj lub poleceniem <code>{command}</code>; do tego czasu jej uruchomienia są odrzucane.',
  'launch.operator.signInForm': 'Logowanie operatora',
  'launch.operator.secret': 'Sekret operatora',
  'launch.operator.secretHint': 'Wartość OPERATOR_SECRET w konfiguracji serwera.',
  'launch.operator.showRegistrations': 'Pokaż rejestracje',
  'launch.operator.inactiveHeading': 'Nieaktywne rejestracje',
  'launch.operator.pendingRemoval':
    'Rejestracja czekająca na zatwierdzenie zostaje usunięta po {days, plural, one {# dniu} few {# dniach} many {# dniach} other {# dnia}}, jeśli nie zostanie aktywowana.',
  'launch.operator.noneWaiting': 'Żadna rejestracja nie czeka: każda zarejestrowana platforma LMS może uruchamiać LTI Rooms.',
  'launch.operator.activate': 'Aktywuj<hidden> {name} ({clientId})</hidden>',
  'launch.operator.activated':
    'Rejestracja {name} ({issuer}, identyfikator klienta {clientId}) jest teraz aktywna. Jej użytkownicy mogą uruchamiać LTI Rooms.',
  'launch.operator.failed': 'Coś poszło nie tak. Proszę spróbować ponownie.',
  'launch.operator.unreachable': 'Nie udało się połączyć z LTI Rooms. Proszę sprawdzić połączenie i spróbować ponownie.',
  'launch.operator.httpFailure': 'Żądanie nie powiodło się (HTTP {status}).',
  'launch.operator.unreadableAnswer': 'Serwer wysłał odpowiedź, której ta strona nie rozumie. Proszę odświeżyć stronę.',

  'launch.noSession.expiredTitle': 'Sesja wygasła',
  'launch.noSession.roomTitle': 'Otwórz ten pokój ze swojego kursu',
  'launch.noSession.title': 'Otwórz LTI Rooms ze swojego kursu',
  'launch.noSession.expired': 'Ze względów bezpieczeństwa wizyta w LTI Rooms trwa ograniczony czas od otwarcia z kursu.',
  'launch.noSession.howItOpens':
    'LTI Rooms otwiera się z kursu na platformie e-learningowej (Moodle, Canvas, Brightspace, Sakai…): dzięki temu wie, kim jest użytkownik i które pokoje do niego należą.',
  'launch.noSession.goBack': 'Proszę wrócić do kursu i wybrać tam LTI Rooms.',
  'launch.noSession.lookingUpRoom': 'Wyszukiwanie pokoju…',
  'launch.noSession.roomGone':
    'Ten link nie prowadzi już do żadnego pokoju: pokój mógł zostać usunięty. Proszę zapytać osobę, która go udostępniła, lub wrócić do kursu.',
  'launch.noSession.roomLookupFailed': 'Proszę wrócić do kursu i wybrać tam pokój.',
  'launch.noSession.roomInNoCourse':
    'Pokój „{name}” nie należy jeszcze do żadnego kursu. Należy poprosić osobę, która go udostępniła, o opublikowanie go w kursie, a potem otworzyć go stamtąd.',
  'launch.noSession.roomCourses':
    'Pokój „{name}” jest w {count, plural, one {tym kursie} few {tych kursach} many {tych kursach} other {tych kursach}}. Proszę otworzyć kurs, a potem wybrać tam pokój:',

  'launch.notFound.title': 'Nie znaleziono strony',
  'launch.notFound.explanation': 'Pod tym adresem nic nie ma. Link może być nieaktualny lub błędnie wpisany.',
  'launch.notFound.myRooms': 'Przejdź do Moich pokoi',
  'launch.notFound.openFromCourse': 'Proszę otworzyć LTI Rooms z kursu na platformie e-learningowej.',
};
