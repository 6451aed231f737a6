/** The portal's name, in English, as its citations and the API's pages give it. */
export const PORTAL_NAME = 'Hemispheric Drug Policy Portal';
