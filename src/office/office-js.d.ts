// The Office.js types (Excel, Office, OfficeExtension) for the add-in's code. office.js itself is
// loaded at run time from Microsoft's CDN by the HTML pages.
/// <reference types="office-js" />
