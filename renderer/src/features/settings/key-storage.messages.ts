import { defineMessages } from '../../ui/i18n';

/** The Shops view's note on where connected shops' API keys are kept. */
export const messages = defineMessages('settings.keyStorage', {
  keychain: {
    en: 'Shop API keys are encrypted with this computer’s keychain and never shown to the console window.',
    pl: 'Klucze API sklepów są szyfrowane pękiem kluczy tego komputera i nigdy nie trafiają do okna konsoli.',
    lv: 'Veikalu API atslēgas tiek šifrētas ar šī datora atslēgu glabātuvi un nekad netiek rādītas konsoles logam.',
    pt: 'As chaves API das lojas são cifradas com o porta-chaves deste computador e nunca chegam à janela da consola.',
    hr: 'API ključevi trgovina šifriraju se privjeskom ključeva ovog računala i nikad ne dolaze do prozora konzole.',
  },
  session: {
    en: 'This computer has no secure keychain, so shop API keys are kept only until the console is closed. Connect the shops again after a restart.',
    pl: 'Ten komputer nie ma bezpiecznego pęku kluczy, więc klucze API sklepów są przechowywane tylko do zamknięcia konsoli. Po ponownym uruchomieniu połącz sklepy jeszcze raz.',
    lv: 'Šim datoram nav drošas atslēgu glabātuves, tāpēc veikalu API atslēgas tiek glabātas tikai līdz konsoles aizvēršanai. Pēc restartēšanas pievienojiet veikalus vēlreiz.',
    pt: 'Este computador não tem um porta-chaves seguro, por isso as chaves API das lojas só são guardadas até fechar a consola. Volte a ligar as lojas depois de reiniciar.',
    hr: 'Ovo računalo nema siguran privjesak ključeva, pa se API ključevi trgovina čuvaju samo dok se konzola ne zatvori. Nakon ponovnog pokretanja ponovno povežite trgovine.',
  },
  file: {
    en: 'Shop API keys are kept by the console’s local service in a file only your user account can read, and never shown to this page.',
    pl: 'Klucze API sklepów przechowuje lokalna usługa konsoli w pliku, który może odczytać tylko Twoje konto użytkownika; ta strona nigdy ich nie widzi.',
    lv: 'Veikalu API atslēgas konsoles lokālais serviss glabā failā, ko var lasīt tikai jūsu lietotāja konts, un šai lapai tās nekad netiek rādītas.',
    pt: 'As chaves API das lojas ficam guardadas pelo serviço local da consola num ficheiro que só a sua conta de utilizador pode ler, e nunca chegam a esta página.',
    hr: 'API ključeve trgovina čuva lokalna usluga konzole u datoteci koju može čitati samo vaš korisnički račun i nikad se ne prikazuju ovoj stranici.',
  },
});
