export { oneTopic as GET, topicPaths as getStaticPaths } from '../../../feed/endpoints';
