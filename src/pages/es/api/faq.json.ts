export { allQuestions as GET } from '../../../feed/endpoints';
