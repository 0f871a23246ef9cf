// Programmes for the publication tests and the PDF benchmark: plain interchange documents.
import type { PdfProgramme } from '../../lib/pdf'
import { ProgrammeSchema, formatTime, type ItemInput, type Programme } from '../../lib/programme'

/** A full programme: `days` days of `itemsPerDay` entries, with a lunch break and a side event each day. */
export function largeProgramme({ year = 2026, days = 3, itemsPerDay = 20 }: { year?: number; days?: number; itemsPerDay?: number } = {}): Programme {
  const dates = Array.from({ length: days }, (_, i) => `${year}-06-${String(16 + i).padStart(2, '0')}`)
  let n = 0
  const formalPerDay = itemsPerDay - 2
  const slot = Math.floor((3 * 60 * 2) / formalPerDay) // two interpreted blocks of 3 hours
  return ProgrammeSchema.parse({
    version: 1,
    year,
    title: 'Intersessional Meetings',
    venue: 'Geneva, Palais des Nations, Room XIX',
    format: 'thematic-segment',
    formatDecision: null,
    days: dates.map((date, d) => {
      const items: ItemInput[] = []
      for (let i = 0; i < formalPerDay; i += 1) {
        const start = i < formalPerDay / 2 ? 600 + i * slot : 900 + (i - formalPerDay / 2) * slot
        n += 1
        items.push({
          start: formatTime(start),
          end: formatTime(start + slot),
          title: `Statement ${n}: progress in the implementation of the Oslo Action Plan`,
          description: `Presentation by the Co-Chairs followed by interactive discussion (${n}).`,
          segment: d === 1 && i < 3 ? 'thematic' : 'committee',
          committee: 'article-5',
          speakers: ['Co-Chair, Committee on Article 5 Implementation', `Delegation ${n}`],
        })
        if (i === Math.floor(formalPerDay / 2) - 1) {
          items.push({ start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break' })
          items.push({ start: '13:15', end: '14:45', title: `Side event ${d + 1}: mine risk education in practice`, segment: 'side-event', speakers: ['Host organisation'] })
        }
      }
      return { date, thematic: false, items }
    }),
    otherMeetings: [],
  })
}

/** A small programme whose every text field can be replaced, for accents and hostile payloads. */
export function smallProgramme(overrides: { title?: string; description?: string; speaker?: string; venue?: string; sideEvent?: string } = {}): Programme {
  return ProgrammeSchema.parse({
    version: 1,
    year: 2026,
    title: 'Intersessional Meetings',
    venue: overrides.venue ?? 'Geneva, Palais des Nations',
    format: 'thematic-day',
    formatDecision: null,
    days: [
      {
        date: '2026-06-16',
        thematic: true,
        items: [
          { start: '10:00', end: '10:30', title: 'Opening of the thematic day', segment: 'opening' },
          { start: '10:30', end: '13:00', title: overrides.title ?? 'Thematic discussion', description: overrides.description, speakers: overrides.speaker ? [overrides.speaker] : undefined, segment: 'thematic' },
          { start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break' },
          { start: '13:15', end: '14:45', title: overrides.sideEvent ?? 'Side event on survivors', segment: 'side-event', speakers: ['Host'] },
        ],
      },
      {
        date: '2026-06-17',
        thematic: false,
        items: [
          { start: '10:00', end: '13:00', title: 'Committee on Article 5 Implementation', segment: 'committee', committee: 'article-5' },
          { start: '15:00', end: '18:00', title: 'Closing of the Intersessional Meetings', segment: 'closing' },
        ],
      },
    ],
    otherMeetings: [],
  })
}

/**
 * A programme shaped like the Convention's annotated programmes, in the interchange format version 2
 * (sub-items, invited States, actions, chairs and rooms, French, Spanish and Arabic texts, a sub-item's
 * under its item's `translations.LANG.subItems`): a plain object, typed as the PDF accepts it.
 */
export function annotatedProgramme(): PdfProgramme {
  const president = 'President of the Twenty-Third Meeting of the States Parties'
  return {
    year: 2026,
    title: 'Intersessional Meetings',
    venue: 'Geneva, Centre International de Conférences Genève (CICG)',
    translations: {
      fr: { venue: 'Genève, Centre International de Conférences Genève (CICG)' },
      es: { venue: 'Ginebra, Centre International de Conférences Genève (CICG)' },
      ar: { venue: 'جنيف، مركز جنيف الدولي للمؤتمرات' },
    },
    days: [
      {
        date: '2026-06-16',
        thematic: false,
        room: 'Room 2',
        chair: { morning: president, afternoon: 'Co-Chairs of the Committee on Article 5 Implementation' },
        items: [
          {
            start: '10:00',
            end: '10:30',
            title: 'Opening of the Intersessional Meetings',
            segment: 'opening',
            description: 'Remarks by the President of the Twenty-Third Meeting of the States Parties, by the Director of the Geneva International Centre for Humanitarian Demining and by a representative of mine survivors.',
            speakers: [{ name: president, kind: 'president' }, { name: 'Geneva International Centre for Humanitarian Demining', kind: 'international-organisation' }],
            translations: {
              fr: { title: 'Ouverture des réunions intersessions', description: 'Allocutions du Président de la vingt-troisième Assemblée des États parties, du Directeur du Centre international de déminage humanitaire de Genève et d’une représentante des survivants des mines.' },
              es: { title: 'Apertura de las reuniones entre períodos de sesiones', description: 'Declaraciones del Presidente de la Vigesimotercera Reunión de los Estados Partes, del Director del Centro Internacional de Desminado Humanitario de Ginebra y de una representante de los supervivientes de minas.' },
              ar: { title: 'افتتاح الاجتماعات المعقودة بين الدورات', description: 'كلمات يلقيها رئيس الاجتماع الثالث والعشرين للدول الأطراف، ومدير مركز جنيف الدولي لإزالة الألغام للأغراض الإنسانية، وممثلة عن الناجين من الألغام.' },
            },
          },
          {
            start: '10:30',
            end: '11:00',
            title: 'Preliminary observations of the President and the Committees',
            segment: 'general',
            description: 'The President and the Committees, with their gender focal points, present their preliminary observations.',
            translations: {
              fr: { title: 'Observations préliminaires du Président et des comités', description: 'Le Président et les comités, avec leurs référents pour les questions de genre, présentent leurs observations préliminaires.' },
              es: { title: 'Observaciones preliminares del Presidente y de los comités', description: 'El Presidente y los comités, con sus coordinadores de género, presentan sus observaciones preliminares.' },
              ar: { title: 'ملاحظات أولية للرئيس واللجان', description: 'يعرض الرئيس واللجان، ومعهم منسقو الشؤون الجنسانية، ملاحظاتهم الأولية.' },
            },
          },
          {
            start: '11:00',
            end: '13:00',
            title: 'Matters related to the mandate of the Committee on Article 5 Implementation',
            segment: 'committee',
            committee: 'article-5',
            description: 'The Committee presents its observations on the implementation of Article 5 and invites States Parties to present updates.',
            invited: { basis: 'States Parties with Article 5 deadlines in 2026 or 2027', states: ['KHM', 'COL', 'COD', 'TCD', 'UKR', 'YEM'] },
            actions: [17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29],
            subItems: [
              { title: 'Survey and clearance', description: 'Updates on survey and clearance, land release methods and national targets.' },
              { title: 'Requests for extension of Article 5 deadlines', description: 'Presentation of requests submitted in 2026 and of the Committee’s preliminary observations.' },
            ],
            speakers: [{ name: 'Co-Chairs of the Committee on Article 5 Implementation', kind: 'committee-chair' }],
            translations: {
              fr: {
                title: 'Questions relevant du mandat du Comité sur l’application de l’article 5',
                description: 'Le Comité présente ses observations sur l’application de l’article 5 et invite des États parties à présenter des informations actualisées.',
                subItems: [
                  { title: 'Enquête et déminage', description: 'Informations actualisées sur les enquêtes et le déminage, les méthodes de remise à disposition des terres et les objectifs nationaux.' },
                  { title: 'Demandes de prolongation des délais prévus à l’article 5', description: 'Présentation des demandes soumises en 2026 et des observations préliminaires du Comité.' },
                ],
              },
              es: {
                title: 'Cuestiones relacionadas con el mandato del Comité sobre la Aplicación del Artículo 5',
                description: 'El Comité presenta sus observaciones sobre la aplicación del artículo 5 e invita a los Estados partes a presentar información actualizada.',
                subItems: [
                  { title: 'Estudio y despeje', description: 'Información actualizada sobre los estudios y el despeje, los métodos de liberación de tierras y las metas nacionales.' },
                  { title: 'Solicitudes de prórroga de los plazos del artículo 5', description: 'Presentación de las solicitudes presentadas en 2026 y de las observaciones preliminares del Comité.' },
                ],
              },
              ar: {
                title: 'المسائل المتصلة بولاية اللجنة المعنية بتنفيذ المادة 5',
                description: 'تعرض اللجنة ملاحظاتها بشأن تنفيذ المادة 5 وتدعو الدول الأطراف إلى تقديم معلومات محدَّثة.',
                subItems: [
                  { title: 'المسح والتطهير', description: 'معلومات محدَّثة عن المسح والتطهير وأساليب الإفراج عن الأراضي والأهداف الوطنية.' },
                  { title: 'طلبات تمديد المواعيد النهائية بموجب المادة 5', description: 'عرض الطلبات المقدمة في عام 2026 والملاحظات الأولية للجنة.' },
                ],
              },
            },
          },
          { start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break', translations: { fr: { title: 'Pause déjeuner' }, es: { title: 'Pausa para el almuerzo' }, ar: { title: 'استراحة الغداء' } } },
          { start: '13:15', end: '14:45', title: 'Side event: land release in practice', segment: 'side-event', speakers: ['Norwegian People’s Aid', 'Mines Advisory Group'], translations: { fr: { title: 'Manifestation parallèle : la remise à disposition des terres en pratique' } } },
          {
            start: '15:00',
            end: '16:30',
            title: 'Matters related to the mandate of the Committee on Victim Assistance',
            segment: 'committee',
            committee: 'victim-assistance',
            description: 'The Committee presents its observations and invites States Parties with significant numbers of mine survivors to present their progress and needs.',
            invited: { basis: 'States Parties reporting significant numbers of mine survivors', states: ['AFG', 'BIH', 'KHM', 'COL', 'IRQ', 'SEN'] },
            actions: [30, 31, 32, 33, 34, 35, 36, 37, 38, 39],
            translations: {
              fr: { title: 'Questions relevant du mandat du Comité sur l’assistance aux victimes', description: 'Le Comité présente ses observations et invite les États parties comptant un nombre important de survivants des mines à présenter leurs progrès et leurs besoins.' },
              es: { title: 'Cuestiones relacionadas con el mandato del Comité sobre Asistencia a las Víctimas', description: 'El Comité presenta sus observaciones e invita a los Estados partes con un número importante de supervivientes de minas a presentar sus avances y necesidades.' },
              ar: { title: 'المسائل المتصلة بولاية اللجنة المعنية بمساعدة الضحايا', description: 'تعرض اللجنة ملاحظاتها وتدعو الدول الأطراف التي لديها أعداد كبيرة من الناجين من الألغام إلى عرض التقدم المحرز واحتياجاتها.' },
            },
          },
          {
            start: '16:30',
            end: '18:00',
            title: 'Matters related to the mandate of the Committee on Cooperative Compliance',
            segment: 'committee',
            committee: 'cooperative-compliance',
            translations: { fr: { title: 'Questions relevant du mandat du Comité sur le respect des obligations par la coopération' }, es: { title: 'Cuestiones relacionadas con el mandato del Comité sobre el Cumplimiento Cooperativo' } },
          },
        ],
      },
      {
        date: '2026-06-17',
        thematic: false,
        room: 'Room 2',
        items: [
          {
            start: '10:00',
            end: '11:30',
            title: 'Matters related to the mandate of the Committee on the Enhancement of Cooperation and Assistance',
            segment: 'committee',
            committee: 'cooperation-assistance',
            description: 'Partnerships between affected States Parties and those in a position to assist.',
            subItems: [
              { title: 'The individualised approach', description: 'States Parties seeking assistance present their plans and needs.' },
              { title: 'National mine action platforms' },
            ],
            translations: {
              // The first sub-item's description is left in English: its item is marked "English only".
              fr: { title: 'Questions relevant du mandat du Comité sur le renforcement de la coopération et de l’assistance', description: 'Partenariats entre les États parties touchés et ceux qui sont en mesure de les aider.', subItems: [{ title: 'L’approche individualisée' }, { title: 'Plateformes nationales de lutte antimines' }] },
              es: { title: 'Cuestiones relacionadas con el mandato del Comité sobre el Fortalecimiento de la Cooperación y la Asistencia', description: 'Alianzas entre los Estados partes afectados y los que están en condiciones de prestar asistencia.', subItems: [{ title: 'El enfoque individualizado' }, { title: 'Plataformas nacionales de acción contra las minas' }] },
              ar: { title: 'المسائل المتصلة بولاية اللجنة المعنية بتعزيز التعاون والمساعدة', description: 'الشراكات بين الدول الأطراف المتضررة والدول القادرة على تقديم المساعدة.', subItems: [{ title: 'النهج الفردي' }, { title: 'المنصات الوطنية للإجراءات المتعلقة بالألغام' }] },
            },
          },
          { start: '11:30', end: '13:00', title: 'Stockpile destruction and retained anti-personnel mines', segment: 'committee', committee: 'cooperative-compliance', translations: { fr: { title: 'Destruction des stocks et mines antipersonnel conservées' }, es: { title: 'Destrucción de existencias y minas antipersonal retenidas' }, ar: { title: 'تدمير المخزونات والألغام المضادة للأفراد المحتفظ بها' } } },
          { start: '13:00', end: '15:00', title: 'Lunch break', segment: 'break', translations: { fr: { title: 'Pause déjeuner' }, es: { title: 'Pausa para el almuerzo' }, ar: { title: 'استراحة الغداء' } } },
          {
            start: '15:00',
            end: '16:30',
            title: 'Thematic discussion: mine risk education in changing conflicts',
            segment: 'thematic',
            description: 'A panel of practitioners, followed by an open exchange.',
            translations: { fr: { title: 'Débat thématique : l’éducation aux risques dans des conflits qui changent', description: 'Un groupe de praticiens, suivi d’un échange ouvert.' } },
          },
          { start: '16:30', end: '18:00', title: 'Universalization of the Convention', segment: 'general', translations: { fr: { title: 'Universalisation de la Convention' }, es: { title: 'Universalización de la Convención' }, ar: { title: 'إضفاء الطابع العالمي على الاتفاقية' } } },
        ],
      },
      {
        date: '2026-06-18',
        thematic: false,
        room: 'Room 2',
        chair: { morning: president },
        items: [
          { start: '10:00', end: '11:00', title: 'The work of the Implementation Support Unit', segment: 'general', translations: { fr: { title: 'Activités de l’Unité d’appui à l’application' }, es: { title: 'Labor de la Dependencia de Apoyo a la Aplicación' }, ar: { title: 'أعمال وحدة دعم التنفيذ' } } },
          { start: '11:00', end: '12:30', title: 'Preparations for the Twenty-Third Meeting of the States Parties', segment: 'preparatory', translations: { fr: { title: 'Préparatifs de la vingt-troisième Assemblée des États parties' }, es: { title: 'Preparativos de la Vigesimotercera Reunión de los Estados Partes' }, ar: { title: 'التحضيرات للاجتماع الثالث والعشرين للدول الأطراف' } } },
          { start: '12:30', end: '13:00', title: 'Closing of the Intersessional Meetings', segment: 'closing', translations: { fr: { title: 'Clôture des réunions intersessions' }, es: { title: 'Clausura de las reuniones entre períodos de sesiones' }, ar: { title: 'اختتام الاجتماعات المعقودة بين الدورات' } } },
        ],
      },
    ],
  }
}
