// The names of States for the invited-States footnotes when no other names are passed in (the
// application passes the States list's, lib/states/pdf-names.ts; Arabic falls back here): the Unicode CLDR names of
// Node's ICU in the document's language, through a table from ISO 3166-1 alpha-3 (the format's codes)
// to alpha-2 (what Intl knows), taken from Debian's iso-codes 4.15.0. CLDR's everyday names are
// replaced by the United Nations' names where they differ for States Parties and signatories.
import type { PdfLanguage } from './input'

const ALPHA3_TO_ALPHA2 = `
ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH
BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG COKCK COLCO
COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK
FRAFR FROFO FSMFM GABGA GBRGB GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY HKGHK HMDHM HNDHN HRVHR
HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA
LBNLB LBRLR LBYLY LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH MKDMK MLIML MLTMT MMRMM MNEME MNGMN
MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN
PERPE PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ SLBSB SLESL
SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO TTOTT
TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW
`

const alpha2 = new Map(ALPHA3_TO_ALPHA2.trim().split(/\s+/).map((pair) => [pair.slice(0, 3), pair.slice(3)]))

/** United Nations names where CLDR's everyday name differs (en, fr, es, ar). */
const UN_NAMES: Record<string, Record<PdfLanguage, string>> = {
  BIH: { en: 'Bosnia and Herzegovina', fr: 'Bosnie-Herzégovine', es: 'Bosnia y Herzegovina', ar: 'البوسنة والهرسك' },
  BOL: { en: 'Bolivia (Plurinational State of)', fr: 'Bolivie (État plurinational de)', es: 'Bolivia (Estado Plurinacional de)', ar: 'بوليفيا (دولة - المتعددة القوميات)' },
  COD: { en: 'Democratic Republic of the Congo', fr: 'République démocratique du Congo', es: 'República Democrática del Congo', ar: 'جمهورية الكونغو الديمقراطية' },
  COG: { en: 'Congo', fr: 'Congo', es: 'Congo', ar: 'الكونغو' },
  CPV: { en: 'Cabo Verde', fr: 'Cabo Verde', es: 'Cabo Verde', ar: 'كابو فيردي' },
  FSM: { en: 'Micronesia (Federated States of)', fr: 'Micronésie (États fédérés de)', es: 'Micronesia (Estados Federados de)', ar: 'ميكرونيزيا (ولايات - الموحدة)' },
  MDA: { en: 'Republic of Moldova', fr: 'République de Moldova', es: 'República de Moldova', ar: 'جمهورية مولدوفا' },
  PSE: { en: 'State of Palestine', fr: 'État de Palestine', es: 'Estado de Palestina', ar: 'دولة فلسطين' },
  TZA: { en: 'United Republic of Tanzania', fr: 'République-Unie de Tanzanie', es: 'República Unida de Tanzanía', ar: 'جمهورية تنزانيا المتحدة' },
  VAT: { en: 'Holy See', fr: 'Saint-Siège', es: 'Santa Sede', ar: 'الكرسي الرسولي' },
  VEN: { en: 'Venezuela (Bolivarian Republic of)', fr: 'Venezuela (République bolivarienne du)', es: 'Venezuela (República Bolivariana de)', ar: 'فنزويلا (جمهورية - البوليفارية)' },
}

const TAGS: Record<PdfLanguage, string> = { en: 'en-GB', fr: 'fr-FR', es: 'es-ES', ar: 'ar' }
const displayNames = new Map<PdfLanguage, Intl.DisplayNames>()

/** The name of a State from its alpha-3 code in a language; the code itself when unknown. */
export function defaultStateName(iso: string, language: PdfLanguage): string {
  const code = iso.toUpperCase()
  const un = UN_NAMES[code]?.[language]
  if (un) return un
  const two = alpha2.get(code)
  if (!two) return iso
  let names = displayNames.get(language)
  if (!names) {
    names = new Intl.DisplayNames([TAGS[language]], { type: 'region', fallback: 'code' })
    displayNames.set(language, names)
  }
  return names.of(two) ?? iso
}
