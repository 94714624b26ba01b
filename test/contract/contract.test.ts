import { runWorksheetContract } from './worksheet-contract.js';
import { WORKSHEETS } from './worksheets.js';

for (const worksheet of WORKSHEETS) runWorksheetContract(worksheet);
