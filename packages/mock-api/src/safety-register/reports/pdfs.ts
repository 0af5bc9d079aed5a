/**
 * SR-OBS — the mock's report PDFs: real, selectable French text (Helvetica, WinAnsi), several
 * paragraphs each, wrapped into lines that fit an A4 page. One per demo report and document.
 */
import { formatDateFr } from '@vigie/core';
import { makePdfPages, type PdfLine } from '../../shared/pdf.js';
import type { DocumentFacts, InterventionFacts } from './facts.js';

/** Characters per 11-point Helvetica line between the margins (483 pt). */
const WIDTH = 86;

/** Splits a paragraph into lines at spaces (no hyphenation, so joining lines with a space gives it back). */
export function wrap(paragraph: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

type Page = readonly (string | { readonly heading: string; readonly size?: number })[];

const N = '\u202f';

/** The body of each report: pages of paragraphs (a string) and headings. */
const BODIES: Readonly<Record<string, readonly Page[]>> = {
  'rpt-201': [
    [
      { heading: 'Constat général' },
      `Les installations électriques de la Résidence Les Tilleuls ont été vérifiées conformément à l’arrêté du 26 décembre 2011. L’état général est satisfaisant ; quatre observations sont relevées ci-dessous.`,
      { heading: 'Observations' },
      `Observation n°${N}1${N}: le tableau divisionnaire du local technique du sous-sol ne comporte pas de repérage des circuits. Un repérage durable des départs est à réaliser.`,
      `Observation n°${N}2${N}: absence de capot de protection sur le bornier du coffret de la chaufferie, parties actives accessibles au toucher.`,
      `Observation n°${N}3${N}: l’extincteur du local poubelles n’est pas accessible, des conteneurs sont stockés devant. Dégager l’accès et rappeler la consigne au gardien.`,
    ],
    [
      { heading: 'Observations (suite)' },
      `Observation n°${N}4${N}: la mesure de la résistance de la prise de terre donne 112 ohms, valeur supérieure à la limite de 100 ohms. Une amélioration de la prise de terre est recommandée.`,
      { heading: 'Conclusion' },
      `Aucune non-conformité ne présente de danger grave et immédiat. Les observations sont à lever avant la prochaine vérification périodique.`,
    ],
  ],
  'rpt-202': [
    [
      { heading: 'Opérations réalisées' },
      `Nettoyage des bouches d’extraction des paliers, contrôle des volets de désenfumage des niveaux 1 à 6 et essai de fonctionnement du ventilateur en toiture.`,
      { heading: 'Observations' },
      `Observation n°${N}1${N}: le volet de désenfumage du palier du 4e étage ne se réarme pas à distance ; un réarmement manuel a été effectué.`,
      `Observation n°${N}2${N}: la courroie du ventilateur d’extraction présente des traces d’usure ; son remplacement est à prévoir sous six mois.`,
      `Observation n°${N}3${N}: le commandement manuel du rez-de-chaussée est masqué par un panneau d’affichage. Le dégager pour qu’il reste visible et accessible.`,
    ],
  ],
  'rpt-203': [
    [
      { heading: 'Intervention' },
      `Remplacement du déclencheur manuel d’alarme du hall d’entrée, dont la vitre était brisée. Essai de la boucle de détection et du report d’alarme au tableau : fonctionnement correct.`,
      { heading: 'Observations' },
      `Observation n°${N}1${N}: deux déclencheurs manuels du 3e étage sont installés à plus de 1,30${N}m du sol ; les abaisser lors d’une prochaine intervention.`,
      `Observation n°${N}2${N}: le registre de sécurité ne mentionnait pas le dernier essai de l’alarme ; l’essai de ce jour y a été consigné.`,
    ],
  ],
  'rpt-204': [
    [
      { heading: 'Travaux réalisés' },
      `Pose de douze blocs autonomes d’éclairage de sécurité dans les circulations des niveaux 1 à 3 et dans le parc de stationnement, raccordés sur les circuits d’éclairage normal.`,
      { heading: 'Observations' },
      `Observation n°${N}1${N}: le bloc situé au-dessus de la porte du local vélos n’est pas visible depuis l’extrémité du couloir ; un bloc supplémentaire est conseillé.`,
      `Observation n°${N}2${N}: la télécommande de mise au repos n’a pas été remise au gardien ; elle est déposée dans le local technique.`,
    ],
  ],
  'rpt-205': [
    [
      { heading: 'Compte rendu de travaux' },
      `Réfection des peintures et du revêtement de sol de la cage d’escalier B, du rez-de-chaussée au 6e étage. Travaux réceptionnés sans réserve.`,
    ],
  ],
  'doc-audit-1': [
    [
      { heading: 'Anomalies relevées' },
      `Anomalie n°${N}1${N}: la porte coupe-feu du local des compteurs ne se referme pas seule ; le ferme-porte est à remplacer.`,
      `Anomalie n°${N}2${N}: le plan d’évacuation du 2e étage n’est plus à jour depuis le réaménagement des bureaux.`,
      `Anomalie n°${N}3${N}: un stockage de cartons encombre le dégagement menant à l’issue de secours du sous-sol.`,
      { heading: 'Recommandations' },
      `Faire vérifier l’ensemble des ferme-portes des portes coupe-feu et mettre à jour les plans d’évacuation de chaque niveau.`,
    ],
  ],
  'doc-cs-1': [
    [
      { heading: 'Avis de la commission' },
      `La sous-commission départementale, réunie sur place, émet un avis favorable à la poursuite de l’exploitation, assorti des prescriptions suivantes.`,
      { heading: 'Prescriptions' },
      `Prescription n°${N}1${N}: faire procéder à la vérification des installations de désenfumage par un technicien compétent et en consigner le résultat au registre de sécurité.`,
      `Prescription n°${N}2${N}: maintenir libres en permanence les dégagements et les issues de secours, notamment au sous-sol.`,
      `Prescription n°${N}3${N}: organiser un exercice d’évacuation au moins une fois par an et en conserver la trace.`,
    ],
  ],
};

function render(kind: string, title: string, subtitle: string, pages: readonly Page[]): Uint8Array {
  return makePdfPages(
    pages.map((page, i) => {
      const lines: PdfLine[] =
        i === 0
          ? [
              { text: kind, size: 16 },
              { text: title, size: 12 },
              { text: subtitle, size: 10 },
            ]
          : [{ text: `${title} (page ${i + 1})`, size: 10 }];
      for (const block of page) {
        if (typeof block === 'string') lines.push(...wrap(block).map((text) => ({ text })));
        else lines.push({ text: block.heading, size: block.size ?? 13 });
      }
      return lines;
    }),
    title,
  );
}

export function reportPdf(i: InterventionFacts): Uint8Array {
  return render(
    'Rapport d’intervention',
    i.title,
    `Résidence Les Tilleuls, 14 rue des Acacias, 44000 Nantes — le ${formatDateFr(i.date)}`,
    BODIES[i.report!.id] ?? [[`Rapport ${i.report!.id}.`]],
  );
}

export function documentPdf(d: DocumentFacts): Uint8Array {
  return render(
    d.kind === 'audit' ? 'Rapport d’audit' : 'Commission de sécurité',
    d.title,
    `Résidence Les Tilleuls, 14 rue des Acacias, 44000 Nantes — le ${formatDateFr(d.date)}`,
    BODIES[d.id] ?? [[d.title]],
  );
}
