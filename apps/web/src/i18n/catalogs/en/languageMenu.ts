/** English messages of the page's language menu; the source every other catalog translates. */
export const languageMenu = {
  'languageMenu.label': 'Language',
  'languageMenu.followCourse': 'As in my course',
  'languageMenu.pseudo': 'Pseudo-localization (testing)',
};
