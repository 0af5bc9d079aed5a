/**
 * X-SEC (issue 8 #5, NIST SP 800-63B §3.1.1.2) — the server's list of common passwords: the most
 * used ones of the public breach corpora (the « top 100 » lists published each year, French and
 * international), French words and names people pick, keyboard walks of AZERTY and QWERTY
 * keyboards, and long variants that pass the length rule. Lower case: it is matched
 * case-insensitively, also with digits and symbols added around it (`newPasswordIssues`).
 *
 * It lives here, on the server's side, never in the page: a real backend keeps a much larger list
 * (or asks a breach-corpus service); the widgets only show the reason the server gives.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // International top lists.
  '123456', '123456789', '12345678', '12345', '1234567', '1234567890', '123123', '111111', '000000', '654321',
  '666666', '121212', '112233', '123321', '7777777', '987654321', '0123456789', '1q2w3e4r', '1q2w3e4r5t', '1qaz2wsx',
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'password1', 'password12', 'password123', 'password1234', 'passwordpassword', 'pass',
  'qwerty', 'qwerty123', 'qwertyuiop', 'qwertyuiop1', 'qwertyuiop123', 'qwerty1234', 'qazwsx', 'qazwsxedc', 'zaq12wsx', 'asdfghjkl',
  'asdfgh', 'zxcvbnm', 'zxcvbn', 'abc123', 'abcd1234', 'abcdef', 'abcdefg', 'abcdefgh', 'iloveyou', 'iloveyou123',
  'admin', 'admin123', 'administrator', 'root', 'toor', 'letmein', 'welcome', 'welcome1', 'welcome123', 'login',
  'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'baseball', 'soccer', 'superman', 'batman',
  'starwars', 'shadow', 'michael', 'jennifer', 'jordan', 'hunter', 'hunter2', 'trustno1', 'freedom', 'whatever',
  'qwer1234', 'computer', 'internet', 'secret', 'changeme', 'default', 'guest', 'test', 'test123', 'testtest',
  'hello', 'hello123', 'helloworld', 'charlie', 'donald', 'pokemon', 'liverpool', 'chelsea', 'arsenal', 'mustang',
  'access', 'flower', 'cookie', 'summer', 'winter', 'spring', 'autumn', 'purple', 'orange', 'banana',
  'chocolate', 'pepper', 'ginger', 'killer', 'ninja', 'matrix', 'google', 'facebook', 'linkedin', 'youtube',
  'samsung', 'apple', 'microsoft', 'windows', 'linux', 'mercedes', 'ferrari', 'porsche', 'corvette', 'harley',
  'lovely', 'loveme', 'lover', 'angel', 'angels', 'babygirl', 'family', 'friends', 'forever', 'blessed',
  'jesus', 'heaven', 'michelle', 'jessica', 'ashley', 'daniel', 'thomas', 'andrew', 'joshua', 'matthew',
  'q1w2e3r4', 'q1w2e3r4t5', 'a1b2c3', 'aa123456', 'qwertz', 'qwertzuiop', '11111111', '88888888', '123654', '147258369',
  // French top lists.
  'azerty', 'azerty1', 'azerty12', 'azerty123', 'azerty1234', 'azerty12345', 'azerty123456', 'azertyuiop', 'azertyuiop1', 'azertyuiop123',
  'azertyu', 'azertyui', 'azer', 'azer1234', 'aqwzsx', 'aqwzsxedc', 'wxcvbn', 'wxcvbn123', 'qsdfghjklm', 'qsdfgh',
  'motdepasse', 'motdepasse1', 'motdepasse12', 'motdepasse123', 'mot2passe', 'mdp', 'mdp123', 'monmotdepasse', 'motdepassesecret', 'secret123',
  'soleil', 'soleil123', 'bonjour', 'bonjour123', 'bonsoir', 'coucou', 'coucou123', 'salut', 'salut123', 'merci',
  'jetaime', 'jetaime1', 'jetaime123', 'jetaimemonamour', 'monamour', 'mamour', 'amour', 'doudou', 'chouchou', 'loulou',
  'nounours', 'bisounours', 'cheval', 'chaton', 'chouette', 'papillon', 'princesse', 'chocolat', 'fraise', 'caramel',
  'vanille', 'biscuit', 'nutella', 'pizza', 'fromage', 'baguette', 'doudoune', 'minou', 'minette', 'titou',
  'marseille', 'marseille13', 'paris', 'paris75', 'parisien', 'lyon', 'toulouse', 'bordeaux', 'nantes', 'lille',
  'olympique', 'psg', 'allezlom', 'allezparis', 'football1', 'france', 'vivelafrance', 'bretagne', 'corse', 'liberte',
  'nicolas', 'julien', 'camille', 'thomas1', 'maxime', 'alexandre', 'antoine', 'guillaume', 'sebastien', 'stephane',
  'isabelle', 'nathalie', 'sandrine', 'sophie', 'celine', 'aurelie', 'caroline', 'laurent', 'philippe', 'christophe',
  'frederic', 'pierre', 'jeanne', 'marie', 'mathilde', 'manon', 'pauline', 'lucas', 'hugo', 'emma',
  'louise', 'jules', 'raphael', 'gabriel', 'arthur', 'leopold', 'capucine', 'charlotte', 'juliette', 'valentin',
  'maman', 'papa', 'mamie', 'papi', 'famille', 'enfants', 'bebe', 'cherie', 'cheri', 'copain',
  'vacances', 'plage', 'montagne', 'printemps', 'automne', 'hiver', 'ete', 'noel', 'joyeuxnoel', 'anniversaire',
  'dimanche', 'samedi', 'lundi', 'vendredi', 'janvier', 'juillet', 'septembre', 'decembre', 'bienvenue', 'bienvenue1',
  'administrateur', 'utilisateur', 'entreprise', 'societe', 'travail', 'bureau', 'accueil', 'connexion', 'compte', 'moncompte',
  'coffrefort', 'coffre', 'bulletin', 'bulletindepaie', 'salaire', 'passeport', 'securite', 'secure', 'securise', 'confidentiel',
  'tintin', 'asterix', 'obelix', 'snoopy', 'pikachu', 'naruto', 'spiderman', 'zidane', 'mbappe', 'ronaldo',
  'chanel', 'renault', 'peugeot', 'citroen', 'orange1', 'freebox', 'livebox', 'wanadoo', 'laposte', 'sfr',
  '1234azerty', 'azerty2024', 'azerty2025', 'azerty2026', 'soleil2024', 'soleil2025', 'soleil2026', 'motdepasse2026', 'bonjour2026', 'jetaime2026',
  // Long variants and walks that pass the length rule on their own.
  '123456789012', '1234567890123', '12345678901', '11111111111', '00000000000', 'aaaaaaaaaaa', 'abcdefghijk', 'abcdefghijkl', 'azertyuiopqsdf', 'azertyuiopqsdfghjklm',
  'qwertyuiopasdf', 'qwertyuiopasdfghjkl', 'passwordpassword1', 'motdepassemotdepasse', 'iloveyouiloveyou', 'jetaimejetaime', 'azertyazerty', 'qwertyqwerty', 'passw0rd1234', 'p@ssw0rd1234',
  'motdepasse1234', 'motdepasse12345', 'bonjourbonjour', 'soleilsoleil', 'chocolatchocolat', 'administrateur1', 'utilisateur1', 'bienvenue123', 'bienvenue1234', 'changezmoi123',
];
