import type { meetingState as english } from '../en/meetingState';
import type { Translation } from '../translation';

export const meetingState: Translation<typeof english> = {
  'meetingState.countdown.hoursMinutes': '{hours} godz. {minutes} min',
  'meetingState.countdown.daysHours': '{days, plural, one {# dzień} few {# dni} many {# dni} other {# dnia}} {hours} godz.',

  'meetingState.roomFull':
    '{cap, plural, one {Jedyne miejsce jest zajęte. Proszę spróbować ponownie za chwilę.} few {Wszystkie # miejsca są zajęte. Proszę spróbować ponownie za chwilę.} many {Wszystkie # miejsc jest zajętych. Proszę spróbować ponownie za chwilę.} other {Wszystkie # miejsca są zajęte. Proszę spróbować ponownie za chwilę.}}',
  'meetingState.waitingCount': '{count, plural, one {# osoba czeka} few {# osoby czekają} many {# osób czeka} other {# osoby czeka}}',
  'meetingState.inRoomCount': '{count, plural, one {# osoba na spotkaniu} few {# osoby na spotkaniu} many {# osób na spotkaniu} other {# osoby na spotkaniu}}',
  'meetingState.ended.hostEnded': 'Prowadzący zakończył sesję dla wszystkich.',
  'meetingState.ended.hostAbsent': 'Sesja została zakończona, ponieważ przez pewien czas nie był obecny żaden prowadzący ani moderator.',
  'meetingState.ended.scheduleEnded': 'Czas dostępności pokoju minął.',
  'meetingState.ended.roomDeleted': 'Pokój został usunięty.',
  'meetingState.ended.abandoned': 'Poczekalnia została zamknięta, ponieważ wszyscy opuścili ją przed rozpoczęciem spotkania.',

  'meetingState.camera.notOnStage': 'Tylko osoby na scenie mogą włączyć kamerę: nadal można oglądać i słuchać.',
  'meetingState.camera.capReached': 'Osiągnięto limit włączonych kamer ({cap}): nadal można mówić i oglądać.',

  'meetingState.attendance.waitingNotStarted': 'Poczekalnia otwarta, jeszcze nie rozpoczęto',
  'meetingState.attendance.neverStarted': 'Nigdy nie rozpoczęto',
  'meetingState.attendance.liveSince': 'Na żywo · rozpoczęto {started}',
  'meetingState.attendance.period': '{start} – {end}',

  'meetingState.video.troubleTitle': 'Nie udało się wczytać wideo',
  'meetingState.video.unreachable':
    'Usługa wideo pod adresem {domain} jest nieosiągalna. Przyczyną może być sieć, która ją blokuje (np. zapora sieci uczelnianej), lub awaria usługi.',
  'meetingState.video.noAnswer':
    '{seconds, plural, one {Usługa wideo pod adresem {domain} nie odpowiedziała w ciągu # sekundy.} few {Usługa wideo pod adresem {domain} nie odpowiedziała w ciągu # sekund.} many {Usługa wideo pod adresem {domain} nie odpowiedziała w ciągu # sekund.} other {Usługa wideo pod adresem {domain} nie odpowiedziała w ciągu # sekundy.}}',
  'meetingState.video.retry': 'Spróbuj ponownie',
  'meetingState.video.openInNewTab': 'Otwórz wideo w nowej karcie',
  'meetingState.video.askAdministrator': 'Jeśli problem się powtarza, należy poprosić administratora LTI Rooms o sprawdzenie usługi wideo w sekcji Administracja → Jitsi.',
  'meetingState.video.checkSetting': 'Jeśli problem się powtarza, należy sprawdzić usługę wideo w sekcji <link>Administracja → Jitsi</link>.',

  'meetingState.device.cameraBlocked':
    'Przeglądarka blokuje kamerę na tym spotkaniu. Należy na nią zezwolić ikoną kamery na pasku adresu (lub w ustawieniach witryny), a potem ponownie włączyć kamerę.',
  'meetingState.device.microphoneBlocked':
    'Przeglądarka blokuje mikrofon na tym spotkaniu. Należy na niego zezwolić ikoną kamery na pasku adresu (lub w ustawieniach witryny), a potem ponownie włączyć mikrofon.',
  'meetingState.device.cameraFailed': 'Nie udało się uruchomić kamery. Należy sprawdzić, czy jest podłączona i czy nie używa jej inna aplikacja, a potem włączyć ją ponownie.',
  'meetingState.device.microphoneFailed': 'Nie udało się uruchomić mikrofonu. Należy sprawdzić, czy jest podłączony i czy nie używa go inna aplikacja, a potem włączyć go ponownie.',
  'meetingState.device.frameBlocks':
    'Strona, w której osadzono LTI Rooms (LMS), nie pozwala mu używać kamery i mikrofonu. Można otworzyć wideo w nowej karcie lub poprosić administratora LMS o zezwolenie LTI Rooms na kamerę, mikrofon i udostępnianie ekranu (allow="camera; microphone; display-capture" w jego ramce).',
};
